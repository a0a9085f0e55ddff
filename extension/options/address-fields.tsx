// An address as form fields (the shopper's ship-to, the seller's and the ship-from address).
import type { MessageKey, Translate } from '../i18n.ts';
import type { Address } from '../storage/schema.ts';

const ADDRESS_FIELDS: Array<keyof Address & MessageKey> = ['name', 'line1', 'line2', 'city', 'region', 'postalCode', 'country'];

export function AddressFields({ prefix, value, onChange, t }: { prefix: string; value: Address; onChange: (a: Address) => void; t: Translate }) {
  return (
    <div class="grid">
      {ADDRESS_FIELDS.map((k) => (
        <>
          <label for={`${prefix}-${k}`}>{t(k)}</label>
          <input
            id={`${prefix}-${k}`}
            type="text"
            maxLength={k === 'country' ? 2 : 200}
            value={value[k] ?? ''}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              const next = { ...value };
              if (v.trim()) next[k] = k === 'country' ? v.trim().toUpperCase() : v;
              else delete next[k];
              onChange(next);
            }}
          />
        </>
      ))}
    </div>
  );
}

// The seller's identity for advance-data records: name, originator code, marketplace and seller
// account, the seller's address and the ship-from address.
import { Fragment } from 'preact';
import type { Translate } from '../i18n.ts';
import type { Settings } from '../storage/schema.ts';
import { AddressFields } from './address-fields.tsx';

type Seller = Settings['seller'];

/** An empty field is no value. */
const opt = (v: string) => (v.trim() ? v : undefined);

const TEXT_FIELDS: Array<{
  id: string;
  key: 'name' | 'originatorCode' | 'marketplace' | 'sellerAccount';
  label: 'sellerName' | 'originatorCode' | 'marketplace' | 'sellerAccount';
}> = [
  { id: 'o-sname', key: 'name', label: 'sellerName' },
  { id: 'o-orig', key: 'originatorCode', label: 'originatorCode' },
  { id: 'o-market', key: 'marketplace', label: 'marketplace' },
  { id: 'o-account', key: 'sellerAccount', label: 'sellerAccount' },
];

export function SellerIdentity({ seller, onChange, t }: { seller: Seller; onChange: (patch: Partial<Seller>) => void; t: Translate }) {
  return (
    <fieldset>
      <legend>{t('sellerIdentity')}</legend>
      <div class="grid">
        {TEXT_FIELDS.map((f) => (
          <Fragment key={f.id}>
            <label for={f.id}>{t(f.label)}</label>
            <input id={f.id} type="text" value={seller[f.key] ?? ''} onInput={(e) => onChange({ [f.key]: opt((e.currentTarget as HTMLInputElement).value) })} />
          </Fragment>
        ))}
      </div>
      <h2>{t('sellerAddress')}</h2>
      <AddressFields prefix="seller" t={t} value={seller.address} onChange={(a) => onChange({ address: a })} />
      <h2>{t('shipFromAddress')}</h2>
      <AddressFields prefix="shipfrom" t={t} value={seller.shipFromAddress} onChange={(a) => onChange({ shipFromAddress: a })} />
    </fieldset>
  );
}

// A country picker by name in the shopper's language: a combobox (WAI-ARIA 1.2 pattern, a text
// input with a listbox popup) whose list narrows as the shopper types ("Chi" -> China, "Alem" ->
// Alemania). Keyboard: ArrowDown/ArrowUp move through the list, Enter picks, Escape closes; a
// name typed in full (or an ISO code in capitals) is taken without choosing from the list. No
// placeholder that looks like a value: an empty field says nothing, and its hint (below) says
// what a guess is based on. Its own state: the text typed, whether the list is open, the option
// under the cursor.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { countryName, exactCountry, searchCountries } from './country-names.ts';

export interface CountryPickerProps {
  /** the input's id (the label's `for`) */
  id: string;
  label: string;
  /** ISO code, or '' when unknown */
  value: string;
  onChange: (code: string) => void;
  /** BCP 47 language of the names ('en', 'es', 'zh-Hans') */
  lang: string;
  /** one line under the field: where the value comes from ("likely: the site usually ships from China") */
  hint?: string | undefined;
  /** the text of the empty list ("No country by that name") */
  noMatch: string;
}

export function CountryPicker({ id, label, value, onChange, lang, hint, noMatch }: CountryPickerProps) {
  const [text, setText] = useState(value ? countryName(value, lang) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // a value set from outside (the page, a recently seen product) shows its name
  useEffect(() => {
    const shown = value ? countryName(value, lang) : '';
    // what the shopper typed stays while it names this value (the list is built only then)
    if (text !== shown && (exactCountry(text, lang) ?? '') !== value) setText(shown);
  }, [value, lang]);
  const options = useMemo(() => (open ? searchCountries(text, lang) : []), [text, lang, open]);
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;

  const pick = (code: string) => {
    setText(countryName(code, lang));
    setOpen(false);
    if (code !== value) onChange(code);
  };
  const onInput = (e: Event) => {
    const t = (e.currentTarget as HTMLInputElement).value;
    setText(t);
    setOpen(t.trim() !== '');
    setActive(0);
    const exact = exactCountry(t, lang) ?? '';
    if (exact !== value) onChange(exact);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      pick(options[active].code);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const activeId = open && options[active] ? `${id}-opt-${options[active].code}` : undefined;
  return (
    <>
      <label for={id}>{label}</label>
      <div class="picker">
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={hint ? hintId : undefined}
          data-code={value}
          value={text}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            // leaving the field shows the name of what it holds, or nothing
            setText(value ? countryName(value, lang) : '');
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} class="picker-list" hidden={!open}>
          {open && options.length === 0 && (
            <li class="muted" role="presentation">
              {noMatch}
            </li>
          )}
          {options.map((c, i) => (
            <li
              key={c.code}
              id={`${id}-opt-${c.code}`}
              role="option"
              data-code={c.code}
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c.code);
              }}
            >
              {c.name}
            </li>
          ))}
        </ul>
        {hint && (
          <div id={hintId} class="cite picker-hint">
            {hint}
          </div>
        )}
      </div>
    </>
  );
}

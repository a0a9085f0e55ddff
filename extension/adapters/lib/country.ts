// Reads a country as pages write it (schema.org countryOfOrigin / addressCountry): an ISO
// alpha-2 code, a {name} object, or an English name ("China", "Made in Viet Nam"). Pure; uses
// only the JS built-in Intl.DisplayNames. Unknown text gives null, never a guess. Also: a
// country in the page's own language ("Deutschland" on a de page), and the page's language.
import { isCountry } from '../../../core/page.ts';
import { addNote } from '../draft.ts';
import type { Draft } from '../types.ts';

const ALIASES: Record<string, string> = {
  usa: 'US',
  'united states of america': 'US',
  'u.s.a.': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  prc: 'CN',
  "people's republic of china": 'CN',
  'mainland china': 'CN',
  'hong kong sar': 'HK',
  'hong kong sar china': 'HK',
  macao: 'MO',
  macau: 'MO',
  'south korea': 'KR',
  'republic of korea': 'KR',
  korea: 'KR',
  vietnam: 'VN',
  'viet nam': 'VN',
  taiwan: 'TW',
  turkey: 'TR',
  türkiye: 'TR',
  russia: 'RU',
  czechia: 'CZ',
  'czech republic': 'CZ',
  holland: 'NL',
};

let byName: Map<string, string> | undefined;
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  let dn: Intl.DisplayNames | undefined;
  try {
    dn = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return byName;
  }
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isCountry(code)) continue;
      const name = dn.of(code);
      if (name && name !== code) byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

/** ISO 3166-1 alpha-2 code of a country value, or null when it is not one readable country. */
export function countryCode(value: unknown): string | null {
  // {addressCountry: {name: "China"}}: a few levels of wrapping, read in a loop (a hostile page
  // may nest them 100,000 deep)
  for (let level = 0; level < 4 && value && typeof value === 'object'; level++) {
    if (Array.isArray(value)) value = value.length === 1 ? value[0] : undefined;
    else {
      const o = value as Record<string, unknown>;
      value = o.addressCountry ?? o.identifier ?? o.alternateName ?? o.name;
    }
  }
  if (typeof value !== 'string' || value.length > 80) return null;
  const t = value.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return isCountry(t.toUpperCase()) ? t.toUpperCase() : null;
  const key = t
    .toLowerCase()
    .replace(/^(made|manufactured|product) (in|of) /, '')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ');
  return names().get(key) ?? null;
}

const byLang = new Map<string, Map<string, string>>();

/** A country as the page writes it, in English or in the page's language ("Estados Unidos" on an
 * es page, "Deutschland" on a de page), via the built-in Intl.DisplayNames. null when unknown. */
export function countryIn(text: string | null | undefined, lang: string | null): string | null {
  // capped before any matching; "Irlande (Eire)" is read without its parenthesis
  if (!text || text.length > 80) return null;
  text = text.replace(/\s*\([^()]*\)$/, '');
  const en = countryCode(text);
  if (en) return en;
  const l = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(l) || l === 'en') return null;
  let names = byLang.get(l);
  if (!names) {
    names = new Map();
    try {
      const dn = new Intl.DisplayNames([l], { type: 'region' });
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          if (!isCountry(code)) continue;
          const name = dn.of(code);
          if (name && name !== code) names.set(name.toLowerCase(), code);
        }
      }
    } catch {
      /* no Intl data for this language */
    }
    byLang.set(l, names);
  }
  return names.get(text.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

export function pageLang(doc: Document): string | null {
  return doc.documentElement?.getAttribute('lang') ?? null;
}

/** Sets shipsFrom/origin from the page's words, or notes why not (never a guess). */
export function setCountry(d: Draft, field: 'shipsFrom' | 'origin', text: string | null, lang: string | null, what: string): void {
  if (!text) return;
  const code = countryIn(text, lang);
  if (code) {
    d[field] = code;
    d.sources[field] = 'dom';
  } else {
    addNote(d, field, 'COUNTRY_UNREADABLE', `${what} "${text.slice(0, 60)}", which names no country this tool can read`);
  }
}

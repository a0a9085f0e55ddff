// Country names in the shopper's language, for the popup's country picker: built at run time from
// the browser's own Intl.DisplayNames (no name table ships), with a search by name that ignores
// case and accents ("alem" finds "Alemania", "chi" finds "China", "中" finds "中国"). English
// names are searched too, so "Germany" finds Alemania on a Spanish popup. Pure.
import { isCountry } from '../../core/page.ts';

export interface CountryName {
  code: string;
  /** the name in the shopper's language */
  name: string;
  /** the folded name, and the English one, to search in */
  keys: string[];
}

/** lower case without accents, so a search matches "Mexico" and "México" alike */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

const cache = new Map<string, CountryName[]>();

const namers = new Map<string, Intl.DisplayNames | null>();
function displayNames(lang: string): Intl.DisplayNames | null {
  let dn = namers.get(lang);
  if (dn === undefined) {
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      dn = null;
    }
    namers.set(lang, dn);
  }
  return dn;
}

/** Every ISO 3166-1 country with its name in `lang`, sorted by name in that language. */
export function countryNames(lang: string): CountryName[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const dn = displayNames(lang);
  const en = displayNames('en');
  const out: CountryName[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isCountry(code)) continue;
      const name = dn?.of(code) ?? en?.of(code) ?? code;
      const english = en?.of(code) ?? code;
      out.push({ code, name, keys: [...new Set([fold(name), fold(english)])] });
    }
  }
  const collator = new Intl.Collator(lang);
  out.sort((x, y) => collator.compare(x.name, y.name));
  cache.set(lang, out);
  return out;
}

/** The name of a country code in `lang` (the code itself for a code Intl does not know). */
export function countryName(code: string, lang: string): string {
  // one name without building the whole list (the list is built when the shopper searches)
  return (isCountry(code) ? (displayNames(lang)?.of(code) ?? displayNames('en')?.of(code)) : undefined) ?? code;
}

/** Whether a folded key matches the folded query: at the start of the name or of one of its
 * words ("kingdom" finds United Kingdom), or anywhere for a query in a script without spaces. */
function matches(key: string, q: string): boolean {
  if (key.startsWith(q)) return true;
  if (/[\u3000-\u9fff]/.test(q)) return key.includes(q);
  return key.includes(` ${q}`) || key.includes(`-${q}`) || key.includes(`(${q}`);
}

/** Where most small parcels to the US come from (an ordering aid for the list, not a rule). */
const COMMON = ['CN', 'HK', 'VN', 'IN', 'MX', 'CA', 'GB', 'DE', 'JP', 'KR', 'TW', 'IT', 'FR', 'TH', 'TR', 'ES', 'US'];
function rank(code: string): number {
  const i = COMMON.indexOf(code);
  return i < 0 ? COMMON.length : i;
}

/** Countries whose name (in `lang` or English) matches what the shopper typed, best first: names
 * that start with it before names with a word that does; a typed ISO code finds its country
 * first. At most `limit`. The query is capped before it is matched. */
export function searchCountries(query: string, lang: string, limit = 8): CountryName[] {
  const q = fold(query.slice(0, 60));
  if (!q) return [];
  const all = countryNames(lang);
  const byCode = q.length === 2 ? all.filter((c) => c.code.toLowerCase() === q) : [];
  const starts = all.filter((c) => !byCode.includes(c) && c.keys.some((k) => k.startsWith(q)));
  const words = all.filter((c) => !byCode.includes(c) && !starts.includes(c) && c.keys.some((k) => matches(k, q)));
  // the countries most parcels to the US come from before the others ("Chi": China, then Chile)
  starts.sort((x, y) => rank(x.code) - rank(y.code));
  words.sort((x, y) => rank(x.code) - rank(y.code));
  return [...byCode, ...starts, ...words].slice(0, limit);
}

/** The one country the text names exactly (its name in `lang` or English, or its ISO code in capitals), or
 * null: what the picker commits while the shopper types, without a choice from the list. */
export function exactCountry(text: string, lang: string): string | null {
  const raw = text.trim().slice(0, 60);
  // a code only in capitals ("US"): "ch" is the start of "China", not Switzerland
  if (/^[A-Z]{2}$/.test(raw)) return isCountry(raw) ? raw : null;
  const q = fold(raw);
  if (!q) return null;
  return countryNames(lang).find((c) => c.keys.includes(q))?.code ?? null;
}

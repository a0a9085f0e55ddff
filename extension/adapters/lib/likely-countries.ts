// The countries of a draft as the popup and `s321 extract` show them: what the page states (its
// own words, or its structured data), else the site's usual country, marked "likely" and never
// used silently. Pure and table-driven; NOT imported by the content script (the draft stays what
// the page states: this runs where the draft is shown).
//
// A site's usual country is a guess about where most of its parcels leave from: Temu, AliExpress
// and Shein ship the goods of Chinese sellers from China; a national Amazon or eBay site's own
// warehouses and most of its sellers are in that country. A shop on a country domain (otto.de,
// argos.co.uk), or a country store in its address (ikea.com/gb/en/), most likely ships from
// that country. The goods' origin, when nothing else says
// it, is guessed as the country they ship from (a guess the shopper can change). The seller's
// location, where a page gives it (AliExpress's store country), comes before the site's usual
// country as a guess for where the parcel leaves from.
import { isCountry } from '../../../core/page.ts';
import type { Draft, Source } from '../types.ts';

/** Where a country came from: the page's own words, its structured data (JSON-LD, microdata,
 * embedded state), the seller's location the page gives (a guess for ships-from), the site's
 * usual country, the ships-from country (origin only), or the shopper. */
export type CountrySource = 'page' | 'structured-data' | 'seller' | 'site-default' | 'ships-from' | 'shopper';

export interface CountryGuess {
  /** ISO 3166-1 alpha-2 */
  code: string;
  source: CountrySource;
  /** a guess, not a statement of the page or the shopper: shown as "likely" */
  likely: boolean;
}

export interface DraftCountries {
  shipsFrom: CountryGuess | null;
  origin: CountryGuess | null;
}

/** Sites that ship from China whatever their domain (goods and parcels). */
const CHINA_SITES: ReadonlySet<string> = new Set(['temu', 'aliexpress', 'shein']);

/** Two-letter domains that are sold as generic names, not used by shops of that country. */
const VANITY_TLDS: ReadonlySet<string> = new Set([
  'ai',
  'cc',
  'co',
  'fm',
  'gg',
  'io',
  'ly',
  'me',
  'nu',
  'sh',
  'st',
  'to',
  'tv',
  'ws',
  'la',
  'ag',
  'vc',
  'tk',
  'ac',
  'gl',
  'is',
  'im',
  'so',
  'xyz',
]);

/** The country of a host's country-code domain ("www.otto.de" -> DE, "amazon.co.uk" -> GB,
 * "amazon.co.jp" -> JP), null for .com, .net, vanity domains and hosts without a dot. */
export function domainCountry(host: string): string | null {
  const parts = host.toLowerCase().slice(0, 253).split('.');
  if (parts.length < 2) return null;
  const tld = parts[parts.length - 1];
  if (tld === 'uk') return 'GB';
  if (!/^[a-z]{2}$/.test(tld) || VANITY_TLDS.has(tld)) return null;
  const code = tld.toUpperCase();
  return isCountry(code) ? code : null;
}

/** The country of a country store in a site's address, as language and country: "/gb/en/"
 * (IKEA), "/ie/en/", "/en-gb/", or a host "ar-sa.namshi.com". A lone "/es/" or "/de/" is a
 * language, not a country, and gives nothing. */
export function localeCountry(host: string, path: string): string | null {
  const code = (c: string | undefined) => (c && isCountry(c.toUpperCase()) ? c.toUpperCase() : null);
  const sub = /^([a-z]{2})-([a-z]{2})\./i.exec(host.slice(0, 253));
  if (sub) return code(sub[2]);
  const seg = path.slice(0, 200).split('/');
  const pair = /^([a-z]{2})[-_]([a-z]{2})$/i.exec(seg[1] ?? '');
  if (pair) return code(pair[2]);
  if (/^[a-z]{2}$/i.test(seg[1] ?? '') && /^[a-z]{2}$/i.test(seg[2] ?? '')) return code(seg[1]);
  return null;
}

/** The country a site's parcels usually leave from, or null when the site gives no hint. */
export function siteShipsFrom(adapter: string, url: string): string | null {
  if (CHINA_SITES.has(adapter)) return 'CN';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname;
  if (/(^|\.)(amazon|ebay)\.com$/.test(host)) return 'US';
  return domainCountry(host) ?? localeCountry(host, u.pathname);
}

const STRUCTURED: ReadonlySet<Source> = new Set<Source>(['json-ld', 'microdata', 'meta', 'state']);

function stated(d: Pick<Draft, 'shipsFrom' | 'origin' | 'sources'>, field: 'shipsFrom' | 'origin'): CountryGuess | null {
  const code = d[field];
  if (!code || !isCountry(code)) return null;
  const src = d.sources[field];
  return { code, source: src && STRUCTURED.has(src) ? 'structured-data' : 'page', likely: false };
}

/** The draft's countries with their sources: the page's, else the site's usual one ("likely"). */
export function draftCountries(d: Pick<Draft, 'adapter' | 'url' | 'shipsFrom' | 'origin' | 'sources' | 'notes' | 'sellerCountry'>): DraftCountries {
  // a page that offers a choice of warehouses ("Ships from: China, Spain") is asked, not guessed
  const choice = d.notes.some((n) => n.field === 'shipsFrom' && n.code === 'SHIP_FROM_NOT_CHOSEN');
  const site = choice ? null : siteShipsFrom(d.adapter, d.url);
  let shipsFrom = stated(d, 'shipsFrom');
  // a seller most likely ships from where it is
  if (!shipsFrom && !choice && d.sellerCountry && isCountry(d.sellerCountry)) shipsFrom = { code: d.sellerCountry, source: 'seller', likely: true };
  if (!shipsFrom && site) shipsFrom = { code: site, source: 'site-default', likely: true };
  let origin = stated(d, 'origin');
  if (!origin && CHINA_SITES.has(d.adapter)) origin = { code: 'CN', source: 'site-default', likely: true };
  if (!origin && shipsFrom) origin = { code: shipsFrom.code, source: 'ships-from', likely: true };
  return { shipsFrom, origin };
}

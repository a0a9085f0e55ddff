// The currency a page most likely means when its price text shows only a shared symbol ("$",
// "¥", "kr") or none: the site's country domain first (amazon.co.uk -> GBP, ebay.fr -> EUR,
// bestbuy.ca -> CAD), then the region of the page's `lang` ("de-AT" -> EUR). Data, not a guess
// about the shop: a draft whose currency came from here says so in a CURRENCY_INFERRED note.
// The table holds each country's legal tender (ISO 4217) as of 2026; a generic domain (.com,
// .net, .shop) or a language without a region gives null.

const BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  UK: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IE: 'EUR',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  LU: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  MT: 'EUR',
  CY: 'EUR',
  HR: 'EUR',
  CH: 'CHF',
  LI: 'CHF',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  DK: 'DKK',
  SE: 'SEK',
  NO: 'NOK',
  IS: 'ISK',
  TR: 'TRY',
  UA: 'UAH',
  RU: 'RUB',
  KZ: 'KZT',
  BY: 'BYN',
  RS: 'RSD',
  IL: 'ILS',
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
  KW: 'KWD',
  EG: 'EGP',
  ZA: 'ZAR',
  NG: 'NGN',
  KE: 'KES',
  MA: 'MAD',
  IN: 'INR',
  PK: 'PKR',
  BD: 'BDT',
  LK: 'LKR',
  JP: 'JPY',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  KR: 'KRW',
  SG: 'SGD',
  MY: 'MYR',
  TH: 'THB',
  VN: 'VND',
  PH: 'PHP',
  ID: 'IDR',
  MX: 'MXN',
  BR: 'BRL',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  UY: 'UYU',
};

/** Country domains sold and used as generic names (.co for "company", .me, .tv, .io, ...): they
 * say nothing about a shop's country. */
const GENERIC_CC = new Set(['CO', 'ME', 'TV', 'IO', 'AI', 'LY', 'FM', 'GG', 'TO', 'CC', 'WS', 'SH', 'AC', 'IM', 'NU']);

/** Marketplaces of one country on a generic domain: their prices are in that country's currency
 * whatever the visitor's language (Taobao, Tmall, JD, 1688: yuan). */
const BY_SITE: Readonly<Record<string, string>> = { 'taobao.com': 'CNY', 'tmall.com': 'CNY', 'jd.com': 'CNY', '1688.com': 'CNY' };

/** The currency of the country a host's top-level domain names ("www.amazon.co.uk" -> GBP,
 * "shop.example.com.au" -> AUD, "item.taobao.com" -> CNY), or null for generic domains. */
export function currencyOfHost(host: string): string | null {
  const site = /([a-z0-9-]+\.[a-z]+)\.?$/i.exec(host)?.[1]?.toLowerCase();
  if (site && BY_SITE[site]) return BY_SITE[site];
  const tld = /\.([a-z]{2})\.?$/i.exec(host)?.[1]?.toUpperCase();
  return tld && !GENERIC_CC.has(tld) ? (BY_COUNTRY[tld] ?? null) : null;
}

/** The currency of the region a page's language names ("de-AT", "en_GB"), or null. */
export function currencyOfLang(lang: string | null | undefined): string | null {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(lang ?? '')?.[1]?.toUpperCase();
  return region ? (BY_COUNTRY[region] ?? null) : null;
}

/** Domain first, then language; with where it came from. */
export function placeCurrency(url: URL, lang: string | null | undefined): { currency: string; from: 'domain' | 'lang' } | null {
  const byHost = currencyOfHost(url.hostname);
  if (byHost) return { currency: byHost, from: 'domain' };
  const byLang = currencyOfLang(lang);
  return byLang ? { currency: byLang, from: 'lang' } : null;
}

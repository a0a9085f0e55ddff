// One price parser for every way a shop writes a price: "48,00",
// "1.234,56 EUR", "US $12.48", "¥1,280", "1 234,56 €", "CHF 1'234.50", "₹1,23,456.00", ranges
// such as "$10.00 – $20.00". Pure: no DOM, no Intl, no clock, so the extension's adapters, the
// command line and the widget all read prices the same way.
//
// What the parser never does: guess. A symbol shared by several currencies ("$", "¥", "kr")
// yields currency null unless the caller's hint (the page's own priceCurrency) is one of them;
// a number it cannot read one way only ("1,2345") is an error, not a best effort. The amount
// comes back as a plain decimal string ("1234.56") that core's parseAmount accepts, padded to the
// currency's decimals when the currency is known (ISO 4217 minor units, core/money/currencies.ts).
import { currencyDecimals, isCurrency } from '../money/currencies.ts';
import { compareDecimals } from '../money/money.ts';

export type PriceErrorCode =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'NO_NUMBER'
  | 'NEGATIVE'
  | 'AMBIGUOUS_NUMBER'
  | 'SEVERAL_PRICES'
  | 'CURRENCY_CONFLICT'
  | 'TOO_MANY_DECIMALS'
  | 'TOO_LARGE';

export type PriceResult =
  | {
      ok: true;
      /** plain decimal string, "." as decimal separator, no grouping: "1234.56" */
      amount: string;
      /** ISO 4217 code when the text (or an agreeing hint) names one currency, else null */
      currency: string | null;
      /** the upper end when the text is a range ("$10 - $20" -> amount "10.00", max "20.00") */
      max?: string;
      /** the currencies a bare symbol could mean, when currency is null because of it */
      candidates?: string[];
    }
  | { ok: false; code: PriceErrorCode; message: string };

export interface PriceHint {
  /** the currency the page states elsewhere (JSON-LD priceCurrency, product:price:currency) */
  currency?: string | null;
  /** the text is a schema.org / JSON number field (JSON-LD or microdata `price`): when it is
   * digits with at most one ".", that "." is the decimal point (schema.org: "use '.' to indicate
   * a decimal point"), so "19.999" is 19.999 and not 19,999. Other text is read as a shop writes it. */
  schemaNumber?: boolean;
}

/** Longest sensible price text; anything longer is not a price (and keeps a hostile 5 MB string cheap). */
export const MAX_PRICE_TEXT = 120;

// Currency markers, longest first so "US$" wins over "$". Each maps to the currencies it can mean.
const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP'];
const MARKERS: ReadonlyArray<[string, string[]]> = [
  ['US $', ['USD']],
  ['US$', ['USD']],
  ['$US', ['USD']],
  ['U.S.$', ['USD']],
  ['CA$', ['CAD']],
  ['$CA', ['CAD']],
  ['C$', ['CAD']],
  ['AU$', ['AUD']],
  ['A$', ['AUD']],
  ['$AU', ['AUD']],
  ['NZ$', ['NZD']],
  ['HK$', ['HKD']],
  ['S$', ['SGD']],
  ['NT$', ['TWD']],
  ['MX$', ['MXN']],
  ['$MX', ['MXN']],
  ['R$', ['BRL']],
  ['CN¥', ['CNY']],
  ['JP¥', ['JPY']],
  ['RMB', ['CNY']],
  ['円', ['JPY']],
  // 元 (yuan) is what Chinese, Taiwanese and Hong Kong shops all print after their own currency
  ['NT元', ['TWD']],
  ['港元', ['HKD']],
  ['人民币', ['CNY']],
  ['元', ['CNY', 'TWD', 'HKD']],
  ['£GB', ['GBP']],
  ['€', ['EUR']],
  ['£', ['GBP']],
  ['₹', ['INR']],
  ['₩', ['KRW']],
  ['₽', ['RUB']],
  ['₺', ['TRY']],
  ['₫', ['VND']],
  ['₱', ['PHP']],
  ['฿', ['THB']],
  ['₪', ['ILS']],
  ['₴', ['UAH']],
  ['zł', ['PLN']],
  ['Kč', ['CZK']],
  ['Fr.', ['CHF']],
  ['kr', ['SEK', 'NOK', 'DKK', 'ISK']],
  // the local abbreviations shops in these countries print instead of the ISO code
  ['₸', ['KZT']],
  ['тг.', ['KZT']],
  ['тг', ['KZT']],
  ['руб.', ['RUB']],
  ['руб', ['RUB']],
  ['грн', ['UAH']],
  ['лв', ['BGN']],
  ['Ft', ['HUF']],
  ['lei', ['RON']],
  ['원', ['KRW']],
  ['₾', ['GEL']],
  ['₼', ['AZN']],
  ['৳', ['BDT']],
  ['¥', ['JPY', 'CNY']],
  ['$', DOLLARS],
];

// A number: digits, optionally grouped by . , ' ’ or a space before exactly three digits.
const NUMBER_RE = /\d+(?:(?:[.,'’]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*/g;
const RANGE_SEP_RE = /^\s*(?:-|–|—|~|〜|to|a|à|bis|до|至)\s*$/i;

function fail(code: PriceErrorCode, message: string): PriceResult {
  return { ok: false, code, message };
}

/** Reads one number token into [integer digits, fraction digits], or an error message. */
function readNumber(token: string, decimals: number | undefined): { int: string; frac: string } | { error: string } {
  const seps = [...token.matchAll(/[^\d]/g)].map((m) => ({ ch: m[0], at: m.index! }));
  if (seps.length === 0) return { int: token, frac: '' };
  const kinds = new Set(seps.map((s) => (/[ \u00a0\u202f\u2009'’]/.test(s.ch) ? 'space' : s.ch)));
  let decimalAt = -1;
  const last = seps[seps.length - 1];
  if (kinds.has('.') && kinds.has(',')) {
    // both marks: the last one, used once, is the decimal separator ("1.234,56", "1,234.56")
    if (seps.filter((s) => s.ch === last.ch).length !== 1) return { error: `"${token}" mixes "." and "," in an unreadable way` };
    decimalAt = last.at;
  } else if (last.ch === '.' || last.ch === ',') {
    const count = seps.filter((s) => s.ch === last.ch).length;
    const after = token.length - last.at - 1;
    if (count === 1 && kinds.size > 1)
      decimalAt = last.at; // "1 234,56", "1'234.50"
    else if (count === 1 && after !== 3)
      decimalAt = last.at; // "48,00", "12.5"
    else if (count === 1 && after === 3) {
      // "1,280" / "1.234": three digits after one mark is grouping, unless the currency has three
      // decimals (KWD "1.250") or the integer part is 0 ("0,500"), which grouping never produces.
      if (decimals === 3 || /^0+$/.test(token.slice(0, last.at))) decimalAt = last.at;
    }
  }
  const intPart = decimalAt >= 0 ? token.slice(0, decimalAt) : token;
  const frac = decimalAt >= 0 ? token.slice(decimalAt + 1) : '';
  if (/[^\d]/.test(frac)) return { error: `"${token}" has a grouping mark after the decimal separator` };
  // grouping must be regular: first group 1-3 digits, then groups of 3 (or the Indian 2,2,...,3)
  const groups = intPart.split(/[^\d]/);
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    const tail = rest[rest.length - 1];
    const middleOk = rest.slice(0, -1).every((g) => g.length === 3) || rest.slice(0, -1).every((g) => g.length === 2);
    if (first.length < 1 || first.length > 3 || tail.length !== 3 || !middleOk) {
      return { error: `"${token}" is not a readable number (irregular digit groups)` };
    }
  }
  return { int: groups.join(''), frac };
}

/** Finds the currency markers in the text outside the numbers. */
function findCurrencies(rest: string): { codes: Set<string>; symbols: string[][] } {
  const codes = new Set<string>();
  const symbols: string[][] = [];
  let text = rest;
  for (const m of text.matchAll(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g)) if (isCurrency(m[0])) codes.add(m[0]);
  text = text.replace(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g, (c) => (isCurrency(c) ? ' ' : c));
  for (const [marker, means] of MARKERS) {
    const isWord = /^[A-Za-z.]+$/.test(marker);
    let i = text.indexOf(marker);
    while (i >= 0) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + marker.length] ?? ' ';
      if (!isWord || (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after))) {
        if (means.length === 1) codes.add(means[0]);
        else symbols.push(means);
        text = text.slice(0, i) + ' '.repeat(marker.length) + text.slice(i + marker.length);
      }
      i = text.indexOf(marker, i + 1);
    }
  }
  return { codes, symbols };
}

function normalizeAmount(int: string, frac: string, currency: string | null): { amount: string } | { code: PriceErrorCode; error: string } {
  const i = int.replace(/^0+(?=\d)/, '');
  const decimals = currency ? currencyDecimals(currency) : undefined;
  if (i.length > 15) return { code: 'TOO_LARGE', error: `${int} is too large to be a price` };
  if (decimals === undefined) return { amount: frac ? `${i}.${frac}` : i };
  if (frac.length > decimals && /[^0]/.test(frac.slice(decimals))) {
    return { code: 'TOO_MANY_DECIMALS', error: `${i}.${frac} has more than ${decimals} decimals, which ${currency} does not have` };
  }
  const f = (frac + '000').slice(0, decimals);
  return { amount: decimals ? `${i}.${f}` : i };
}

/**
 * Parses a price as a page shows it. `hint.currency` is the currency the page states elsewhere;
 * it resolves a shared symbol ("$" + hint USD -> USD) and names the currency of a bare number
 * ("48,00" + hint USD), but a text naming another currency outright is a CURRENCY_CONFLICT.
 */
export function parsePrice(input: string, hint: PriceHint = {}): PriceResult {
  if (typeof input !== 'string') return fail('EMPTY', 'no price text');
  if (input.length > MAX_PRICE_TEXT * 4) return fail('TOO_LONG', `price text of ${input.length} characters is too long to be a price`);
  // NFKC folds full-width digits and symbols ("１，２８０円", "￥") and no-break spaces.
  const text = input.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!text) return fail('EMPTY', 'the price text is empty');
  if (text.length > MAX_PRICE_TEXT) return fail('TOO_LONG', `price text of ${text.length} characters is too long to be a price`);
  const numbers = [...text.matchAll(NUMBER_RE)];
  if (numbers.length === 0) return fail('NO_NUMBER', `"${text}" contains no number`);
  let isRange = false;
  if (numbers.length === 2) {
    const between = text.slice(numbers[0].index! + numbers[0][0].length, numbers[1].index!);
    let stripped = between.replace(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g, (c) => (isCurrency(c) ? ' ' : c));
    for (const [marker] of MARKERS) if (!/^[A-Za-z]+$/.test(marker)) stripped = stripped.split(marker).join(' ');
    if (RANGE_SEP_RE.test(stripped)) isRange = true;
    else return fail('SEVERAL_PRICES', `"${text}" holds two numbers that are not a range`);
  } else if (numbers.length > 2) {
    return fail('SEVERAL_PRICES', `"${text}" holds ${numbers.length} numbers; expected one price or a range`);
  }
  const first = numbers[0];
  if (/[-−]\s*$/.test(text.slice(0, first.index!).replace(/[^\d\s\-−]/g, ''))) {
    return fail('NEGATIVE', `"${text}" is negative; a price is not`);
  }
  // currency: markers anywhere outside the numbers
  let rest = text;
  for (const n of [...numbers].reverse()) rest = rest.slice(0, n.index!) + ' ' + rest.slice(n.index! + n[0].length);
  const { codes, symbols } = findCurrencies(rest);
  const hintCode = hint.currency && isCurrency(hint.currency) ? hint.currency : null;
  let currency: string | null = null;
  let candidates: string[] | undefined;
  if (codes.size > 1) return fail('CURRENCY_CONFLICT', `"${text}" names several currencies (${[...codes].join(', ')})`);
  if (codes.size === 1) {
    currency = [...codes][0];
    for (const s of symbols) if (!s.includes(currency)) return fail('CURRENCY_CONFLICT', `"${text}" mixes ${currency} with a symbol that cannot mean it`);
  } else if (symbols.length > 0) {
    // one shared symbol (maybe repeated in a range): only the hint can pick among its meanings
    const common = symbols.reduce((a, s) => a.filter((c) => s.includes(c)));
    if (common.length === 0) return fail('CURRENCY_CONFLICT', `"${text}" mixes currency symbols`);
    if (hintCode && common.includes(hintCode)) currency = hintCode;
    else if (hintCode) return fail('CURRENCY_CONFLICT', `"${text}" cannot be in ${hintCode}, the currency the page states`);
    else candidates = common;
  } else {
    currency = hintCode;
  }
  if (currency && hintCode && currency !== hintCode) {
    return fail('CURRENCY_CONFLICT', `"${text}" is in ${currency} but the page states ${hintCode}`);
  }
  const decimals = currency ? currencyDecimals(currency) : undefined;
  const amounts: string[] = [];
  const schemaNumber = hint.schemaNumber === true && /^\d+(\.\d+)?$/.test(text);
  for (const n of isRange ? numbers : [first]) {
    const r = schemaNumber ? { int: n[0].split('.')[0], frac: n[0].split('.')[1] ?? '' } : readNumber(n[0], decimals);
    if ('error' in r) return fail('AMBIGUOUS_NUMBER', r.error);
    const a = normalizeAmount(r.int, r.frac, currency);
    if ('error' in a) return fail(a.code, a.error);
    amounts.push(a.amount);
  }
  const out: PriceResult = { ok: true, amount: amounts[0], currency };
  if (isRange) {
    if (compareDecimals(amounts[0], amounts[1]) > 0) return fail('AMBIGUOUS_NUMBER', `"${text}" is a range whose low end is above its high end`);
    if (compareDecimals(amounts[0], amounts[1]) !== 0) out.max = amounts[1];
  }
  if (candidates) out.candidates = candidates;
  return out;
}

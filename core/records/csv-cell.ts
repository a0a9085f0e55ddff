// Cells that a spreadsheet would run as a formula (CSV or "formula" injection): a buyer who types
// `=HYPERLINK(...)` or `+cmd|' /C calc'!A0` as a ship-to name must not get a live formula into
// the seller's export. Every CSV the project writes passes each cell through `neutralizeCell`,
// and every CSV it reads back as records passes each cell through `restoreCell`, so the pair is
// an exact round trip: `restoreCell(neutralizeCell(s)) === s` for every string s.
//
// What is neutralised (OWASP, "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or
// carriage return gets a leading single quote, which spreadsheets take as "this is text" and do
// not display. The full-width forms of = + - @ are treated the same, since some spreadsheets
// normalise them to the ASCII ones (csv-stringify's `escape_formulas` does the same).
//
// Decisions (docs/records.md, "CSV and spreadsheets"):
// - A plain negative decimal such as "-12.50" is left as it is: a spreadsheet reads it as the
//   number, nothing runs, and sums over the column keep working. Anything else starting with
//   "-" (for example "-1+1" or "-cmd|...") is neutralised.
// - A leading "+" is always neutralised, phone numbers included: "+1 415 555 0100" then shows
//   as text with its plus, where a bare "+14155550100" would otherwise become the number
//   14155550100.
// - A cell that already starts with a quote followed by one of those characters (or by another
//   quote) gets one more quote, so reading back can tell an added quote from the value's own.
// Pure: no I/O, shared by the CLI (`s321 export`, the rejected-rows file) and the extension's
// seller export.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
const QUOTE = "'";
const NEGATIVE_DECIMAL = /^-\d+(\.\d+)?$/;

function startsFormula(s: string): boolean {
  return s.length > 0 && TRIGGERS.has(s[0]) && !NEGATIVE_DECIMAL.test(s);
}

/** The cell as it is written to a CSV file: text that no spreadsheet runs as a formula. */
export function neutralizeCell(s: string): string {
  if (startsFormula(s)) return QUOTE + s;
  // the value's own leading quote, before something a reader would take as neutralised
  if (s[0] === QUOTE && s.length > 1 && (s[1] === QUOTE || TRIGGERS.has(s[1]))) return QUOTE + s;
  return s;
}

/** The value of a cell `neutralizeCell` wrote (any other cell is returned unchanged). */
export function restoreCell(s: string): string {
  return s[0] === QUOTE && s.length > 1 && (s[1] === QUOTE || TRIGGERS.has(s[1])) ? s.slice(1) : s;
}

/**
 * csv-stringify options for every CSV the project writes: each string cell neutralised, and a
 * neutralised cell always in double quotes (OWASP: quote the cell as well as prefixing it).
 * Numbers are written as strings first, so a negative one follows the same rule.
 */
export const SAFE_CSV_OPTIONS = {
  cast: {
    string: (s: string) => neutralizeCell(s),
    number: (n: number) => neutralizeCell(String(n)),
  },
  quoted_match: /^'/,
};

// The units of the schedule's specific rates, as an item states its net quantity (no other
// import: the request contract takes it, and the widget ships the contract).

/** The unit a specific rate is per, named as the schedule's units column names it. */
export const RATE_UNITS = [
  'kg',
  'g',
  't',
  'liters',
  'pf.liters',
  'bbl',
  'No.',
  'prs.',
  'doz.',
  'gross',
  'head',
  'thousands',
  'm',
  'm2',
  'm3',
  // quantities of part of the article, which the item states in the same words
  'kg drained weight',
  'kg total sugars',
  'kg contents and container',
  'clean kg',
  'm2 recording surface',
] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

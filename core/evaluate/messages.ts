// Every English message the engine writes, in one place (dinero.js habit). The widget and the
// extension translate by reason code and the numbers carried on the reason, so these strings
// never need to ship in the widget's locale tables.

/** "1234567.50" -> "$1,234,567.50" (a loop: the regex version was the engine's top cost). */
export function usdText(amount: string): string {
  const dot = amount.indexOf('.');
  const whole = dot < 0 ? amount : amount.slice(0, dot);
  if (whole.length <= 3) return '$' + amount;
  let out = '';
  const head = whole.length % 3 || 3;
  out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += ',' + whole.slice(i, i + 3);
  return '$' + out + (dot < 0 ? '' : amount.slice(dot));
}

export const messages = {
  DE_MINIMIS_WITHIN_LIMIT: (value: string, limit: string, summary: string) =>
    `${usdText(value)} is within the ${usdText(limit)} de minimis limit. ${summary}`,
  OVER_LIMIT: (value: string, limit: string, aggregated: boolean) =>
    `${usdText(value)}${aggregated ? ' (all shipments counted together)' : ''} exceeds the ${usdText(limit)} de minimis limit.`,
  SAME_DAY_AGGREGATE: (count: number, day: string, total: string) =>
    `${count} shipments to the same person arriving on ${day} add up to ${usdText(total)}; the limit applies to their total (one person, one day).`,
  SPLIT_ORDER: (count: number, total: string) =>
    `${count} lots of the same order add up to ${usdText(total)}; an order split into separate lots is treated as one (19 CFR 10.151).`,
  GIFT_WITHIN_LIMIT: (value: string, limit: string) =>
    `Bona fide gift: ${usdText(value)} received by this person on this day is within the ${usdText(limit)} gift limit.`,
  GIFT_OVER_LIMIT: (value: string, limit: string) =>
    `Gifts received by this person on this day total ${usdText(value)}, over the ${usdText(limit)} gift limit.`,
  GIFT_BUSINESS_TO_BUSINESS: () =>
    'A shipment from a business to a business is not a bona fide gift.',
  GIFT_EXCLUDED: (what: string) => `Not eligible for the gift exemption: ${what}`,
  INFORMATIONAL_MATERIAL: (value: string, limit: string) =>
    `Every item is informational material (50 U.S.C. 1702(b)), which the suspension does not reach; ${usdText(value)} is within ${usdText(limit)}.`,
  NO_RULE: (asOf: string) => `The rule set has no de minimis rule for ${asOf}; treated as dutiable.`,
  FORMAL_ENTRY_REQUIRED: (value: string, limit: string) =>
    `${usdText(value)} is over the ${usdText(limit)} informal entry ceiling: a formal entry (type 01) is needed.`,
  FORMAL_ENTRY_CHAPTER99: (limit: string) =>
    `An article of Chapter 99 subchapter III/IV (e.g. a Section 301 good) is worth over ${usdText(limit)}: a formal entry (type 01) is needed.`,
  INFORMAL_ENTRY: (value: string, limit: string) =>
    `${usdText(value)} is within the ${usdText(limit)} informal entry ceiling: an informal entry (type 11) with duties, filed electronically.`,
  CURRENCY_CONVERTED: (text: string) => `${text} (19 CFR 159.32-159.34).`,
} as const;

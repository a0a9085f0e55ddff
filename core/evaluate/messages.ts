// Every English message the engine writes, in one place (dinero.js habit). The widget and the
// extension translate by reason code and the numbers carried on the reason, so these strings
// never need to ship in the widget's locale tables.

/** "1234567.50" -> "$1,234,567.50" (a loop: a regex here was once the engine's top cost). */
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
  // also the possession warning: "Ships from GU. Whether the all-country suspension reaches ..."
  NOT_AN_IMPORT: (shipFrom: string, summary: string) => `Ships from ${shipFrom}. ${summary}`,
  DE_MINIMIS_WITHIN_LIMIT: (value: string, limit: string, summary: string) => `${usdText(value)} is within the ${usdText(limit)} de minimis limit. ${summary}`,
  OVER_LIMIT: (value: string, limit: string, aggregated: boolean) =>
    `${usdText(value)}${aggregated ? ' (all shipments counted together)' : ''} exceeds the ${usdText(limit)} de minimis limit.`,
  SAME_DAY_AGGREGATE: (count: number, day: string, total: string, limitTested: boolean) =>
    limitTested
      ? `${count} shipments to the same person arriving on ${day} add up to ${usdText(total)}; the limit applies to their total (one person, one day).`
      : `${count} shipments to the same person arrive on ${day}, ${usdText(total)} in all.`,
  SAME_DAY_GIFTS: (count: number, day: string, total: string) =>
    `${count} gifts to the same person on ${day} add up to ${usdText(total)}; the gift limit applies to their total.`,
  SPLIT_ORDER: (count: number, total: string) =>
    `${count} lots of one order add up to ${usdText(total)}, counted as one: a conservative choice, as 19 CFR 10.151 refuses lots split to secure free entry.`,
  GIFT_WITHIN_LIMIT: (value: string, limit: string) =>
    `Bona fide gift: ${usdText(value)} received by this person on this day is within the ${usdText(limit)} gift limit.`,
  GIFT_OVER_LIMIT: (value: string, limit: string) =>
    `Gifts received by this person on this day total ${usdText(value)}, over the ${usdText(limit)} gift limit.`,
  GIFT_RECIPIENT: () => 'A gift to a business is not a bona fide gift (gifts go to a person).',
  GIFT_SENDER_IN_US: (country: string) =>
    `The sender is in ${country}, inside the US customs territory: a bona fide gift comes from a person in a foreign country.`,
  GIFT_EXCLUDED: (what: string) => `Not eligible for the gift exemption: ${what}`,
  GIFT_INFORMAL_ENTRY: () => 'Entered free under informal entry procedures (19 CFR 10.152); only a mail gift needs no entry (19 CFR 145.32).',
  INFORMATIONAL_MATERIAL: (value: string, limit: string) =>
    `Every item is informational material (50 U.S.C. 1702(b)), which the suspension does not reach; ${usdText(value)} is within ${usdText(limit)}.`,
  CARVE_OUT_1702B: (value: string, limit: string) =>
    `Every item is a 50 U.S.C. 1702(b) good (informational material, donation, personal communication), which the suspension does not reach; ${usdText(value)} is within ${usdText(limit)}.`,
  NO_RULE: (asOf: string) => `The rule set has no de minimis rule for ${asOf}; treated as dutiable.`,
  FORMAL_ENTRY_REQUIRED: (value: string, limit: string) =>
    `${usdText(value)} is over the ${usdText(limit)} informal entry ceiling: a formal entry (type 01) is needed.`,
  FORMAL_ENTRY_MAIL_VALUE: (value: string, limit: string) =>
    `Mail worth ${usdText(value)} is over the ${usdText(limit)} postal informal entry ceiling: a formal entry (type 01) is needed.`,
  FORMAL_ENTRY_MAIL_GOODS: (flags: string) => `Mail with ${flags} goods needs a formal entry (type 01).`,
  FORMAL_ENTRY_CHAPTER99: (line: string, limit: string) =>
    `An article of Chapter 99 subchapter III/IV (e.g. a Section 301 good) is worth ${usdText(line)} on its entry line, over ${usdText(limit)}: a formal entry (type 01) is needed.`,
  INFORMAL_ENTRY: (value: string, limit: string, electronic: boolean) =>
    `${usdText(value)} is within the ${usdText(limit)} informal entry ceiling: an informal entry (type 11) with duties${electronic ? ', filed electronically in ACE' : ''}.`,
  INFORMAL_ENTRY_VALUE_UNKNOWN: (limit: string, electronic: boolean) =>
    `The value in US dollars is unknown (a price has no exchange rate): an informal entry (type 11) with duties up to ${usdText(limit)}${electronic ? ', filed electronically in ACE' : ''}, a formal entry (type 01) over it.`,
  CURRENCY_SHOWN: (item: number, usd: string) =>
    `items[${item}]: the shop showed this price as ${usdText(usd)}, used as its value in US dollars; CBP converts at its certified rate, which may differ.`,
  CURRENCY_NO_RATE: (missing: string) =>
    `${missing[0].toUpperCase()}${missing.slice(1)}: the value in US dollars is not known, and the duty-free answer holds whatever it is.`,
  TOO_CLOSE_TO_CALL: (value: string, limit: string, entry: boolean) =>
    entry
      ? `${usdText(value)}, converted at an approximate rate, is within 5% of the ${usdText(limit)} informal entry ceiling: too close to call, so a formal entry (type 01) is assumed until CBP's certified rate decides.`
      : `${usdText(value)}, converted at an approximate rate, is within 5% of the ${usdText(limit)} limit: too close to call, so duties are assumed until CBP's certified rate decides.`,
  CURRENCY_APPROXIMATE: (text: string, day: string, isExportDate: boolean) =>
    `${text}, for the ${isExportDate ? 'date of exportation' : 'arrival day (no date of exportation given)'} ${day}; CBP's certified rate may differ (19 CFR 159.31-159.35).`,
  CURRENCY_CONVERTED: (text: string, day: string, isExportDate: boolean) =>
    isExportDate
      ? `${text}, for the date of exportation ${day} (19 CFR 159.32-159.34).`
      : `${text}, for the arrival day ${day} (no date of exportation given; 19 CFR 159.32-159.34).`,
} as const;

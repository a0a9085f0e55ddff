// Name-and-address blocks as marketplaces print them. Pure.
import type { DraftParty } from '../types.ts';
import { countryIn } from './country.ts';
import { cleanText } from './text.ts';

/**
 * Reads an address block as a marketplace prints it: name, street line(s), "City, ST 12345" (or
 * "12345 City"), country. Only what the lines say: a part it cannot place stays null. The
 * country line is read in English or the page's language; without one, country is null.
 */
export function partyOf(lines: string[], lang: string | null): DraftParty | null {
  const ls = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .filter((l) => !/^(phone|tel|telephone|phone number)\b/i.test(l));
  if (ls.length === 0) return null;
  const p: DraftParty = { name: null, line1: null, line2: null, city: null, region: null, postalCode: null, country: null };
  const last = ls[ls.length - 1];
  const country = countryIn(last, lang);
  if (country && ls.length > 1) {
    p.country = country;
    ls.pop();
  }
  p.name = cleanText(ls.shift(), 200);
  // the locality line: "Austin, TX 78701-1234", "Leeds LS1 4AP", "10115 Berlin", "Lyon 69002"
  let locality = -1;
  for (let i = ls.length - 1; i >= 0 && locality < 0; i--) {
    if (
      /\d/.test(ls[i]) &&
      (/,/.test(ls[i]) || /^\d{4,5}\s/.test(ls[i]) || /\s\d{4,5}(-\d{4})?$/.test(ls[i]) || /[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(ls[i]))
    )
      locality = i;
  }
  if (locality >= 0) {
    const loc = ls.splice(locality, 1)[0];
    let r: RegExpExecArray | null;
    if ((r = /^(.+?),\s*([A-Za-z .]+?)\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/.exec(loc))) [p.city, p.region, p.postalCode] = [r[1], r[2], r[3]];
    else if ((r = /^(\d{4,5})\s+(.+)$/.exec(loc))) [p.postalCode, p.city] = [r[1], r[2]];
    else if ((r = /^(.+?)[, ]+([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/.exec(loc))) [p.city, p.postalCode] = [r[1].replace(/,$/, ''), r[2]];
    else if ((r = /^(.+?),?\s+(\d{4,5})$/.exec(loc))) [p.city, p.postalCode] = [r[1], r[2]];
    else p.city = loc;
  }
  p.line1 = cleanText(ls[0], 200);
  p.line2 = ls.length > 1 ? cleanText(ls.slice(1).join(', '), 200) : null;
  return p;
}

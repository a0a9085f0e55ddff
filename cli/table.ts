// A plain-text table of decisions for people (npm start, --format table).
import type { Decision } from '../core/index.ts';

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  return len >= n ? s : right ? ' '.repeat(n - len) + s : s + ' '.repeat(n - len);
}

/** One date per reason: when the status it reports began (a suspension re-stated by a later
 * instrument began with the first one); the re-stating rule and its date are in the JSON. */
function since(reason: Decision['reasons'][number]): string {
  const when = reason.since ?? reason.effective;
  return when ? ` since ${when.slice(0, 10)}` : '';
}

/** "~" before a value converted at an approximate rate, ">=" before one that lacks a price with no rate. */
function valueMark(d: Decision): string {
  const c = d.valueDependence?.conversion;
  return c === 'approximate' ? '~' : c === 'unknown' ? '>=' : '';
}

export function decisionsTable(decisions: readonly Decision[]): string {
  const rows = decisions.map((d) => {
    const main = d.reasons[0];
    return [
      d.id,
      d.rules.asOf,
      d.valueDependence?.closeTo?.part === 'valueTest' ? 'too close' : !d.exempt ? 'no' : d.exemption === 'not-an-import' ? 'not an import' : `yes (${d.exemption})`,
      d.valueDependence?.closeTo?.part === 'entry' ? `${d.entry}?` : d.entry,
      `${valueMark(d)}${d.valueUsd}`,
      `${valueMark(d)}${d.aggregateUsd}`,
      d.limitUsd ?? '-',
      main ? `${main.code}${since(main)}` : '',
      // an incomplete estimate is a floor: "at least"
      d.charges ? d.charges.duty : '-',
      d.charges ? d.charges.fees : '-',
      d.charges ? `${d.charges.complete ? '' : '>='}${d.charges.total}` : '-',
      main?.citation ?? '',
    ];
  });
  const head = ['id', 'arrival', 'duty-free', 'entry', 'value $', 'aggregate $', 'limit $', 'decided by', 'duty $', 'fees $', 'charges $', 'source'];
  const widths = head.map((h, i) => Math.min(i === 11 ? 60 : 40, Math.max(h.length, ...rows.map((r) => [...r[i]].length))));
  const numeric = new Set([4, 5, 6, 8, 9, 10]);
  const line = (r: string[]) => r.map((c, i) => pad([...c].length > widths[i] ? [...c].slice(0, widths[i] - 1).join('') + '…' : c, widths[i], numeric.has(i))).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  if (decisions.some((d) => d.valueDependence?.conversion === 'approximate')) out.push('', '~ : converted at an approximate rate (the JSON output names it and its date); CBP\'s certified rate may differ. "too close": within 5% of the limit, so CBP\'s certified rate decides.');
  if (decisions.some((d) => d.valueDependence?.conversion === 'unknown')) out.push('', '>= : a price has no exchange rate; the answer shown does not depend on it.');
  if (decisions.some((d) => d.charges && !d.charges.complete)) out.push('', '>= : an estimate without every layer (an item has no duty layers, or a rate or fee is not in the data): the JSON output says which.');
  return out.join('\n');
}

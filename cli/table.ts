// A plain-text table of decisions for people (npm start, --format table).
import type { Decision } from '../core/index.ts';
import { termSafe } from './terminal.ts';

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

/** The width to fit: the terminal's, else $COLUMNS, else 160 (a file or a pipe: wide enough for
 * every column but the source, which the JSON output has in full). */
export function outputWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout, env: Record<string, string | undefined> = process.env): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 40 ? fromEnv : 160;
}

/** Wraps prose at spaces to the width. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The decisions as a table at most `width` columns wide: the source column, then the reason,
 * are cut (with "…") before anything else; the JSON output has every field in full. */
export function decisionsTable(decisions: readonly Decision[], width = outputWidth()): string {
  const rows = decisions.map((d) => {
    const main = d.reasons[0];
    // ids and citations come from the input: no control character reaches the terminal
    return (
      [
        d.id,
        d.rules.asOf,
        d.valueDependence?.closeTo?.part === 'valueTest'
          ? 'too close'
          : !d.exempt
            ? 'no'
            : d.exemption === 'not-an-import'
              ? 'not an import'
              : `yes (${d.exemption})`,
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
      ] as string[]
    ).map(termSafe);
  });
  const head = ['id', 'arrival', 'duty-free', 'entry', 'value $', 'aggregate $', 'limit $', 'decided by', 'duty $', 'fees $', 'charges $', 'source'];
  const widths = head.map((h, i) => Math.min(i === 11 ? 60 : 40, Math.max(h.length, ...rows.map((r) => [...r[i]].length))));
  // fit the width: cut, then drop, the source; drop the aggregate; cut the reason, the id and the
  // duty-free text; then drop the fees, duty and limit columns (the JSON output has every field);
  // then cut the reason and the id further
  const total = () => widths.reduce((a, w) => a + w, 0) + 2 * (widths.filter((w) => w > 0).length - 1);
  const steps: [column: number, least: number][] = [
    [11, 6],
    [11, 0],
    [5, 0],
    [7, 16],
    [0, 12],
    [2, 9],
    [9, 0],
    [8, 0],
    [6, 0],
    [7, 10],
    [0, 8],
    [3, 7],
  ];
  for (const [col, least] of steps) {
    if (total() <= width) break;
    widths[col] = least === 0 ? 0 : Math.min(widths[col], Math.max(least, widths[col] - (total() - width)));
  }
  const numeric = new Set([4, 5, 6, 8, 9, 10]);
  const shown = (r: string[]) => r.filter((_, i) => widths[i] > 0);
  const line = (r: string[]) =>
    shown(r.map((c, i) => pad([...c].length > widths[i] ? [...c].slice(0, widths[i] - 1).join('') + '…' : c, widths[i], numeric.has(i))))
      .join('  ')
      .trimEnd();
  const out = [line(head), shown(widths.map((w) => '-'.repeat(w))).join('  '), ...rows.map(line)];
  if (decisions.some((d) => d.valueDependence?.conversion === 'approximate'))
    out.push(
      '',
      ...wrap(
        '~ : converted at an approximate rate (the JSON output names it and its date); CBP\'s certified rate may differ. "too close": within 5% of the limit, so CBP\'s certified rate decides.',
        width,
      ),
    );
  if (decisions.some((d) => d.valueDependence?.conversion === 'unknown'))
    out.push('', ...wrap('>= : a price has no exchange rate; the answer shown does not depend on it.', width));
  if (decisions.some((d) => d.charges && !d.charges.complete))
    out.push(
      '',
      ...wrap('>= : an estimate without every layer (an item has no duty layers, or a rate or fee is not in the data): the JSON output says which.', width),
    );
  return out.join('\n');
}

// s321 tariffs [--json] [--tariffs FILE]: prints the tariff set in force.
// s321 tariffs NUMBER --origin CC [--date D] [--mode M] [--value USD]: the duty stack of one HTS number.
// s321 tariffs --catalog FILE: the small tariff set of a catalog, for the widget's `el.tariffs`.
import { parseArgs } from 'node:util';
import {
  catalogTariffs,
  formatIssue,
  NO_RATES,
  prepareUnchecked,
  priceAsFormalEntry,
  renderTariffsMarkdown,
  scheduleTariffSet,
  scheduleTariffs,
  type CompiledTariffs,
} from '../../core/index.ts';
import type { Command } from '../command.ts';
import { readJson, UsageError } from '../io.ts';
import { editionOn, editionOnDay, scheduleOption } from '../schedule-file.ts';

const help = `Usage: s321 tariffs [--json] [--tariffs FILE]
       s321 tariffs NUMBER --origin CC [--date YYYY-MM-DD] [--mode MODE] [--value USD] [--schedule FILE]... [--json]
       s321 tariffs --catalog FILE [--tariffs FILE] [--schedule FILE]... [--date YYYY-MM-DD]

Prints the tariff set behind the "charges" of \`s321 evaluate\`: the duty layers that apply by
country of origin or by HTS number, and the fees (MPF, HMF, postal), each as dated versions
with their citations and confidence tags. An item's MFN rate comes from the tariff schedule by
its HTS number (bundled: HTS 2026 Revision 10; --schedule FILE for another edition, given once
per edition to keep several: each date is then priced by the edition in force on it).
  --json          the set as JSON: the starting point of a replacement set for --tariffs
  --tariffs FILE  check and print a replacement set instead of the bundled one (exit 2 if invalid)

With a 10-digit HTS NUMBER ("6109.10.0012"): every duty line for that number and origin on the
date (default: the latest edition's effective date), with its heading, rate, and citation, on a value of
--value USD (default 100.00), and what the estimate could not compute.

With --catalog FILE (a JSON array of {"hts", "origin"}): prints the tariff set for that catalog,
the bundled set plus an "mfn" layer per number and the HTS-scoped layers that reach them, for a
page to pass to <de-minimis-check> as el.tariffs (the widget does not bundle the schedule); with
several editions, the one in force on --date (default: the latest).`;

export const tariffsCommand: Command = {
  name: 'tariffs',
  summary: "print or check the tariff set, the duty stack of one HTS number, or a catalog's set",
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        tariffs: { type: 'string' },
        schedule: { type: 'string', multiple: true },
        origin: { type: 'string' },
        date: { type: 'string' },
        mode: { type: 'string' },
        value: { type: 'string' },
        catalog: { type: 'string' },
      },
      strict: true,
    });
    if (positionals.length > 1) throw new UsageError(`expected at most one HTS number, got ${positionals.length} arguments`);
    const p = prepareUnchecked({ tariffs: values.tariffs ? await readJson(values.tariffs) : scheduleTariffs() });
    if (!p.ok)
      throw new UsageError(
        'invalid tariffs',
        2,
        p.issues.map((i) => `${values.tariffs}: ${formatIssue(i)}`),
      );
    const set = values.tariffs ? p.tariffs.set : scheduleTariffSet();
    if (values.catalog) {
      if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
        throw new UsageError(`--date: expected a date such as 2026-12-15, got "${values.date}"`);
      const r = catalogTariffs(editionOnDay(await scheduleOption(values.schedule), values.date), set, await readJson(values.catalog));
      if (!r.ok)
        throw new UsageError(
          'invalid catalog',
          2,
          r.issues.map((i) => `${values.catalog}: ${formatIssue(i)}`),
        );
      process.stdout.write(JSON.stringify(r.tariffs, null, 2) + '\n');
      return 0;
    }
    if (positionals.length === 1) return stack(positionals[0], values, p.tariffs);
    process.stdout.write(values.json ? JSON.stringify(set, null, 2) + '\n' : renderTariffsMarkdown(set));
    return 0;
  },
};

async function stack(
  number: string,
  values: { origin?: string; date?: string; mode?: string; value?: string; json?: boolean; schedule?: string[] },
  tariffs: CompiledTariffs,
): Promise<number> {
  if (!values.origin) throw new UsageError('give the country of origin: --origin CN');
  const schedules = await scheduleOption(values.schedule);
  const value = values.value ?? '100.00';
  const request = {
    id: number,
    arrival: values.date ?? editionOnDay(schedules).effective,
    mode: values.mode ?? 'express',
    shipFrom: values.origin,
    items: [{ price: { amount: value, currency: 'USD' }, origin: values.origin, hts: number }],
  };
  // the duty lines whatever the entry: priced as a formal entry (fees are left out here)
  const n = priceAsFormalEntry(request, { rates: NO_RATES, tariffs, schedule: schedules });
  if (!n.ok) {
    const option: Record<string, string> = {
      arrival: '--date',
      mode: '--mode',
      shipFrom: '--origin',
      'items[0].origin': '--origin',
      'items[0].hts': 'NUMBER',
      'items[0].price.amount': '--value',
    };
    throw new UsageError(
      'invalid arguments',
      2,
      n.issues.map((i) => `${option[i.path] ?? i.path}: ${i.message}`),
    );
  }
  const s = n.shipment;
  // the edition that priced it: the one in force on the date
  const schedule = editionOn(schedules, s.instant);
  const line = schedule.lookup(s.items[0].hts!);
  const c = n.charges;
  const duties = c.lines.filter((l) => l.kind === 'duty');
  if (values.json) {
    process.stdout.write(
      JSON.stringify(
        {
          hts: number,
          origin: values.origin,
          date: request.arrival,
          mode: request.mode,
          value,
          line,
          duty: c.duty,
          complete: c.complete,
          lines: duties,
          notes: c.notes ?? [],
          schedule: schedule.stamp,
          tariffs: c.tariffs.version,
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const out: string[] = [];
  out.push(line ? `HTS ${line.dotted}: ${line.description}` : `HTS ${number}: not in ${schedule.edition}`);
  if (line)
    out.push(`  general ${line.general || '(none)'}; special ${line.special || '(none)'}; column 2 ${line.other || '(none)'}; units ${line.units || '(none)'}`);
  out.push(`Origin ${values.origin}, entered ${request.arrival}, mode ${request.mode}, on a value of $${value}:`);
  out.push('');
  out.push('| program | heading | rate | amount | source |');
  out.push('|---|---|---|---|---|');
  for (const l of duties) {
    const rate =
      [l.rate !== undefined ? `${l.rate}%` : '', l.specific ? `${l.specific}${l.netQuantity ? ` on ${l.netQuantity}` : ''}` : ''].filter(Boolean).join(' + ') ||
      '-';
    out.push(`| ${l.program} | ${l.heading ?? '-'} | ${rate} | ${l.amount} | ${l.citation} [${l.confidence}] |`);
  }
  out.push('');
  out.push(`Duty $${c.duty}${c.complete ? '' : ' (at least: incomplete)'}. ${schedule.stamp}; tariff set ${tariffs.set.version}.`);
  for (const nt of c.notes ?? []) out.push(`- ${nt.code}: ${nt.message}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

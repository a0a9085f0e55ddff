// s321 schedule import FILE [--edition NAME] [--effective YYYY-MM-DD] [--out FILE]: a newer USITC
// JSON export of the HTSUS into the compact schedule that --schedule FILE reads.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildSchedule, formatIssue } from '../../core/index.ts';
import type { Command } from '../command.ts';
import { parseJson, UsageError } from '../io.ts';
import { readMaybeGzip } from '../schedule-file.ts';

const help = `Usage: s321 schedule import FILE --edition NAME --effective YYYY-MM-DD [--out FILE]

Turns the USITC's JSON export of the Harmonized Tariff Schedule (download "JSON" from
hts.usitc.gov; FILE may be gzip) into the compact schedule that \`s321 evaluate\`, \`s321 export\`
and \`s321 tariffs\` read with --schedule FILE, instead of the bundled HTS 2026 Revision 10.
Import each revision you keep and give --schedule once per edition: each entry is then priced by
the edition in force on its date (from 00:00 New York on its effective date).
  --edition NAME          the edition's name as estimates will print it ("HTS 2026 Revision 11")
  --effective YYYY-MM-DD  the date the edition took effect
  --out FILE              where to write it (default: stdout)

Exit codes: 0 written, 2 unreadable or not a schedule export (one line per problem).`;

export const scheduleCommand: Command = {
  name: 'schedule',
  summary: 'import a USITC tariff schedule export (an edition) for --schedule',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { edition: { type: 'string' }, effective: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    });
    if (positionals[0] !== 'import' || positionals.length !== 2)
      throw new UsageError('expected: s321 schedule import FILE --edition NAME --effective YYYY-MM-DD');
    if (!values.edition) throw new UsageError('give the edition\'s name: --edition "HTS 2026 Revision 11"');
    if (!values.effective) throw new UsageError("give the edition's effective date: --effective YYYY-MM-DD");
    const file = positionals[1];
    const r = buildSchedule(parseJson(await readMaybeGzip(file), file), values.edition, values.effective);
    if (!r.ok)
      throw new UsageError(
        'not a schedule export',
        2,
        r.issues.map((i) => (i.path.startsWith('[') || i.path === '' ? `${file}: ${formatIssue(i)}` : `--${i.path}: ${i.message}`)),
      );
    const text = JSON.stringify(r.data) + '\n';
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
    process.stderr.write(
      `${values.edition}: ${r.stats.numbers} numbers under ${r.stats.rateLines} rate lines${values.out ? `, written to ${values.out}` : ''}\n`,
    );
    return 0;
  },
};

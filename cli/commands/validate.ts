// s321 validate --profile P [--participant T] FILE: checks records (JSON, NDJSON or CSV) and
// prints one line per issue: record number, path, stable code, message.
import { parseArgs } from 'node:util';
import { isParticipant, PARTICIPANTS, unflattenRecord, validateRecord, type Participant, type Profile, type RecordIssue } from '../../core/records/index.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../io.ts';
import { csvHeader } from '../records-export.ts';
import {
  checkColumns,
  noRecords,
  openInput,
  parseFormat,
  parseParticipant,
  parseProfile,
  readCsv,
  readJson,
  readNdjson,
  TextOut,
  type InputRow,
  type RowProblem,
} from '../records-io.ts';
import { termSafe } from '../terminal.ts';

const help = `Usage: s321 validate --profile data-pilot|type86 [--participant T] [--input-format F] FILE

Checks Section 321 Data Pilot or Entry Type 86 records: every element the profile requires (for
data-pilot, per participant type: ${PARTICIPANTS.join(', ')}), formats, the entry number
check digit, and the dated filing rules (filing window, no records after 2025-08-29 00:01 EDT,
$800 limit, no PGA fee lines). FILE ("-" = stdin) is JSON (an array, {"records": [...]}, or one
record), NDJSON (one record per line; the lines \`s321 export\` writes are accepted too), or CSV
in the columns \`s321 export --format csv\` writes.

  --participant T   the requirement table to apply; default: each record's participantFilerType
                    (ONLINE_MARKETPLACE when absent)

Prints one line per issue: "record N (line L): PATH: CODE: message". Codes are stable:
MISSING_ELEMENT, INVALID_FORMAT, UNKNOWN_ELEMENT, CHECK_DIGIT, MULTIPLE_BILLS,
FILED_AFTER_ARRIVAL, PGA_FEE_NOT_ALLOWED, VALUE_OVER_LIMIT, NOT_ACCEPTED_AFTER_SUSPENSION,
NOT_ACCEPTED_BEFORE_START, MODE_NOT_IN_PILOT (and INVALID_JSON, CSV_SYNTAX, COLUMN_COUNT,
INVALID_ENCODING, FIELD_TOO_LONG for input that could not be read as a record).
Exit codes: 0 all records valid, 1 some record invalid, 2 the input could not be read.`;

interface Unit {
  n: number;
  line?: number;
  record?: unknown;
  problems?: RowProblem[];
}

/** CSV rows -> records: type86 entries span consecutive rows (one per line), grouped by the
 * export's "row" column when present, else by entryNumber. */
async function* csvRecords(rows: AsyncIterable<InputRow>, profile: Profile): AsyncGenerator<Unit> {
  let n = 0;
  let group: InputRow[] = [];
  let key: string | undefined;
  const emit = (): Unit => ({
    n: ++n,
    line: group[0].line,
    record: unflattenRecord(
      profile,
      group.map((g) => g.cells!),
    ),
  });
  for await (const r of rows) {
    if (r.problems) {
      if (group.length) yield emit();
      group = [];
      key = undefined;
      yield { n: ++n, line: r.line, problems: r.problems };
      continue;
    }
    const c = r.cells!;
    const k = profile === 'type86' ? c.row || c.entryNumber || `#${r.row}` : `#${r.row}`;
    if (group.length && k !== key) {
      yield emit();
      group = [];
    }
    key = k;
    group.push(r);
  }
  if (group.length) yield emit();
}

async function* valueRecords(rows: AsyncIterable<InputRow>): AsyncGenerator<Unit> {
  let n = 0;
  for await (const r of rows) {
    n++;
    if (r.problems) {
      yield { n, line: r.line, problems: r.problems };
      continue;
    }
    const v = r.value as Record<string, unknown> | null;
    // a line written by `s321 export`: the record is inside
    const isEnvelope = v !== null && typeof v === 'object' && !Array.isArray(v) && 'record' in v && 'eligible' in v;
    yield { n, line: r.line, record: isEnvelope ? v.record : v };
  }
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check Data Pilot or Type 86 records (JSON, NDJSON, CSV): one line per issue',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { profile: { type: 'string' }, participant: { type: 'string' }, 'input-format': { type: 'string' } },
    });
    const profile = parseProfile(values.profile);
    const given = parseParticipant(values.participant, profile);
    if (positionals.length !== 1) throw new UsageError(`expected one FILE ("-" for stdin), got ${positionals.length}`);
    const input = await openInput(positionals[0], parseFormat(values['input-format'], '--input-format'));
    const known = csvHeader(profile);
    const rows =
      input.format === 'csv'
        ? readCsv(input.stream, (h) => checkColumns(input.name, h, known, '`s321 export --format csv`'))
        : input.format === 'ndjson'
          ? readNdjson(input.stream)
          : readJson(input.stream, input.name, 'records');
    const units = input.format === 'csv' ? csvRecords(rows, profile) : valueRecords(rows);
    const out = new TextOut(process.stdout);
    let total = 0;
    let invalid = 0;
    for await (const u of units) {
      total++;
      const where = `record ${u.n}${u.line ? ` (line ${u.line})` : ''}`;
      if (u.problems) {
        invalid++;
        for (const p of u.problems) await out.write(termSafe(`${where}: ${p.column ? `column ${p.column}` : '(input)'}: ${p.code}: ${p.message}`) + '\n');
        continue;
      }
      const rec = u.record as Record<string, unknown> | null;
      const own =
        rec && typeof rec === 'object' && typeof rec.participantFilerType === 'string' && isParticipant(rec.participantFilerType)
          ? rec.participantFilerType
          : undefined;
      const participant: Participant = given ?? own ?? 'ONLINE_MARKETPLACE';
      const r = validateRecord(u.record, profile, participant);
      const issues: RecordIssue[] = [...r.errors, ...r.filing];
      if (given && own && own !== given) {
        issues.unshift({ path: 'participantFilerType', code: 'INVALID_FORMAT', message: `expected ${given} (--participant), got "${own}"` });
      }
      if (issues.length) invalid++;
      for (const i of issues) await out.write(termSafe(`${where}: ${i.path || '(record)'}: ${i.code}: ${i.message}`) + '\n');
    }
    await out.flush();
    if (total === 0) noRecords(input.name, input.format, 'records');
    process.stderr.write(`${total} record${total === 1 ? '' : 's'}: ${total - invalid} valid, ${invalid} invalid\n`);
    return invalid ? 1 : 0;
  },
};

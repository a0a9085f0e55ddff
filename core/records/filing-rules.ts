// Dated filing rules of the two programmes, as data with citations (the pilot's notices 84 FR
// 35405, 84 FR 67279 and 88 FR 10140; the Type 86 notices 84 FR 40079 and 89 FR 2630; CSMS
// 64861116 and 66065494 for the 2025 suspensions). They say whether CBP would take a well-formed record on its date; the
// core's eligibility decision (is the shipment duty-free?) is attached separately by the builders.
//
// Times are New York wall-clock, like the core's rule data: "2025-08-29T00:01" is 00:01 EDT.
// Every rule keys on the record's arrival (date or instant). 89 FR 2630 does not say whether
// the 2024-02-15 change applies by arrival or by filing date; s321 keys it on arrival like the
// others (a date-only arrival counts as the end of that day, as in the core), and the choice is
// this data, so it can change without code.
//
// The rules are dated law in the one format of core/law (id, [from, until), citations with
// confidence tags), loaded by its loader: unique ids, real windows, no two rules of one kind and
// profile in force at once and no gap between them.
import type { InputIssue } from '../issues.ts';
import { taggedCitationText, type Citation } from '../law/cite.ts';
import { findGaps, findOverlaps, inForce, loadVersion, type DatedVersion, type Validity } from '../law/dated.ts';
import { formatDay, parseDateOrInstant, type ParsedWhen } from '../time/new-york.ts';
import type { RecordIssue } from './codes.ts';
import type { Profile } from './requirements.ts';

interface RuleBase extends DatedVersion {
  profile: Profile;
  summary: string;
  citations: Citation[];
}

export type FilingRule =
  | (RuleBase & { kind: 'not-before'; code: 'NOT_ACCEPTED_BEFORE_START' })
  | (RuleBase & { kind: 'not-accepted'; code: 'NOT_ACCEPTED_AFTER_SUSPENSION' })
  | (RuleBase & { kind: 'modes'; code: 'MODE_NOT_IN_PILOT'; modes: string[] })
  | (RuleBase & { kind: 'filing-window'; code: 'FILED_AFTER_ARRIVAL'; daysAfterArrival: number })
  | (RuleBase & { kind: 'value-limit'; code: 'VALUE_OVER_LIMIT'; limitUsd: string })
  | (RuleBase & { kind: 'no-pga-fee'; code: 'PGA_FEE_NOT_ALLOWED' });

export const FILING_RULES: readonly FilingRule[] = [
  {
    id: 'pilot-start',
    profile: 'data-pilot',
    kind: 'not-before',
    until: '2019-08-22',
    code: 'NOT_ACCEPTED_BEFORE_START',
    summary: 'The Section 321 Data Pilot started on Aug 22, 2019.',
    citations: [{ document: '84 FR 35405, FR Doc 2019-15625', confidence: 'P-summary' }],
  },
  {
    id: 'pilot-modes-2019',
    profile: 'data-pilot',
    kind: 'modes',
    from: '2019-08-22',
    until: '2019-12-09',
    modes: ['AIR', 'TRUCK', 'RAIL'],
    code: 'MODE_NOT_IN_PILOT',
    summary: 'Until Dec 9, 2019 the pilot took air, truck and rail shipments; ocean and international mail were added then.',
    citations: [
      { document: '84 FR 35405, FR Doc 2019-15625', confidence: 'P-summary' },
      { document: '84 FR 67279, FR Doc 2019-26445', confidence: 'S' },
    ],
  },
  {
    id: 'pilot-end',
    profile: 'data-pilot',
    kind: 'not-accepted',
    from: '2025-08-29T00:01',
    code: 'NOT_ACCEPTED_AFTER_SUSPENSION',
    summary: 'From Aug 29, 2025 00:01 EDT ACE rejects all Section 321 manifest filings; no pilot extension was found.',
    citations: [
      { document: 'CSMS 66065494', confidence: 'P' },
      { document: 'EO 14324 (FR Doc 2025-14897)', confidence: 'P' },
    ],
  },
  {
    id: 'type86-start',
    profile: 'type86',
    kind: 'not-before',
    until: '2019-09-28',
    code: 'NOT_ACCEPTED_BEFORE_START',
    summary: 'The Type 86 test started no earlier than Sep 28, 2019.',
    citations: [{ document: '84 FR 40079, FR Doc 2019-17243', confidence: 'P-summary' }],
  },
  {
    id: 'type86-window-15-days',
    profile: 'type86',
    kind: 'filing-window',
    from: '2019-09-28',
    until: '2024-02-15',
    daysAfterArrival: 15,
    code: 'FILED_AFTER_ARRIVAL',
    summary: 'Type 86 data could be filed before arrival, on arrival, or up to 15 days after arrival.',
    citations: [
      { document: '84 FR 40079, FR Doc 2019-17243', confidence: 'P-summary' },
      { document: 'FreightWaves quoting the notice', confidence: 'S' },
    ],
  },
  {
    id: 'type86-window-on-arrival',
    profile: 'type86',
    kind: 'filing-window',
    from: '2024-02-15',
    daysAfterArrival: 0,
    code: 'FILED_AFTER_ARRIVAL',
    summary: 'From Feb 15, 2024 a Type 86 entry must be filed upon or before arrival.',
    citations: [
      { document: '89 FR 2630, FR Doc 2024-00698', confidence: 'P' },
      { document: 'CSMS 59089765', confidence: 'P' },
    ],
  },
  {
    id: 'type86-end',
    profile: 'type86',
    kind: 'not-accepted',
    from: '2025-08-29T00:01',
    code: 'NOT_ACCEPTED_AFTER_SUSPENSION',
    summary: 'From Aug 29, 2025 00:01 EDT ACE rejects all Entry Type 86 cargo-release transactions.',
    citations: [
      { document: 'CSMS 66065494', confidence: 'P' },
      { document: 'EO 14324 (FR Doc 2025-14897)', confidence: 'P' },
    ],
  },
  {
    id: 'type86-value-800',
    profile: 'type86',
    kind: 'value-limit',
    limitUsd: '800.00',
    code: 'VALUE_OVER_LIMIT',
    summary: 'The aggregate fair retail value of a Type 86 entry must not exceed $800.',
    citations: [
      { document: 'CBP Type 86 FAQ', confidence: 'P' },
      { document: '19 CFR 10.151', confidence: 'P' },
    ],
  },
  {
    id: 'type86-no-pga-fee',
    profile: 'type86',
    kind: 'no-pga-fee',
    code: 'PGA_FEE_NOT_ALLOWED',
    summary: 'Goods that owe a PGA fee (e.g. agricultural) cannot use Type 86: file type 11 or 01.',
    citations: [{ document: 'CBP Type 86 FAQ', confidence: 'P' }],
  },
];

export function citationOf(rule: FilingRule): string {
  return taggedCitationText(rule.citations);
}

interface Compiled extends Validity {
  readonly rule: FilingRule;
  /** the citation text of its issues */
  readonly citation: string;
}

/** Loads filing rules with dated law's loader: the compiled rules, or their issues with paths. */
export function compileFilingRules(rules: readonly FilingRule[]): { ok: true; rules: Compiled[] } | { ok: false; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const ids = new Set<string>();
  const out: Compiled[] = [];
  rules.forEach((rule, i) => {
    const w = loadVersion(rule, `[${i}]`, ids, issues);
    if (w) out.push({ rule, fromMs: w[0], untilMs: w[1], citation: citationOf(rule) });
  });
  const group = (c: Compiled) => `${c.rule.profile} ${c.rule.kind}`;
  const rule = (c: Compiled) => c.rule;
  findOverlaps(out, { group, meet: () => true, version: rule, path: '' }, issues);
  findGaps(out, group, rule, '', issues);
  return issues.length ? { ok: false, issues } : { ok: true, rules: out };
}

let compiled: Compiled[] | undefined;
function rulesCompiled(): Compiled[] {
  if (!compiled) {
    const r = compileFilingRules(FILING_RULES);
    if (!r.ok) throw new Error(`RECORDS_BAD_RULES: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    compiled = r.rules;
  }
  return compiled;
}

const cents = (amount: string): number => {
  const [w, f = ''] = amount.split('.');
  return Number(w) * 100 + Number((f + '00').slice(0, 2));
};

type Rec = Record<string, unknown>;

/** Applies the dated filing rules to a record whose elements are well formed (elements that are
 * absent or malformed are skipped: the schema reports them). */
export function checkFilingRules(profile: Profile, rec: Rec): RecordIssue[] {
  const out: RecordIssue[] = [];
  const arrivalText = typeof rec.arrivalDate === 'string' ? rec.arrivalDate : undefined;
  const arrival: ParsedWhen | null = arrivalText ? parseDateOrInstant(arrivalText) : null;
  // one function for every rule (a closure per rule per record was garbage on every record)
  const issue = (c: Compiled, path: string, message: string) => out.push({ path, code: c.rule.code, message, citation: c.citation });
  for (const c of rulesCompiled()) {
    const rule = c.rule;
    if (rule.profile !== profile) continue;
    switch (rule.kind) {
      case 'value-limit': {
        const lines = Array.isArray(rec.lines) ? (rec.lines as Rec[]) : [];
        let total = 0;
        for (const l of lines) {
          const v = l && (l.fairRetailValue as Rec | undefined);
          if (v && typeof v.amount === 'string' && /^\d{1,12}(\.\d{1,2})?$/.test(v.amount)) total += cents(v.amount);
        }
        if (total > cents(rule.limitUsd)) {
          issue(c, 'lines', `the fair retail value of the lines adds up to $${(total / 100).toFixed(2)}, over the $${rule.limitUsd} limit: ${rule.summary}`);
        }
        break;
      }
      case 'no-pga-fee': {
        const lines = Array.isArray(rec.lines) ? (rec.lines as Rec[]) : [];
        lines.forEach((l, i) => {
          if (l && l.pgaFee === true) issue(c, `lines[${i}].pgaFee`, rule.summary);
        });
        break;
      }
      default: {
        if (!arrival || !arrival.ok) break;
        if (!inForce(c, arrival.instant)) break;
        const on = formatDay(arrival.day);
        if (rule.kind === 'not-before' || rule.kind === 'not-accepted') {
          issue(c, 'arrivalDate', `arrival ${arrivalText} (${on}): ${rule.summary}`);
        } else if (rule.kind === 'modes') {
          const mode = rec.modeOfTransportation;
          if (typeof mode === 'string' && !rule.modes.includes(mode)) issue(c, 'modeOfTransportation', `${mode} on ${on}: ${rule.summary}`);
        } else if (rule.kind === 'filing-window') {
          const filedText = typeof rec.filedAt === 'string' ? rec.filedAt : undefined;
          const filed = filedText ? parseDateOrInstant(filedText) : null;
          if (!filed || !filed.ok) break;
          // Days are New York calendar days. With no days of grace and both times known, the
          // instants decide ("upon or prior to arrival"); otherwise the calendar days do.
          const late =
            rule.daysAfterArrival === 0 && filed.hasTime && arrival.hasTime ? filed.instant > arrival.instant : filed.day > arrival.day + rule.daysAfterArrival;
          if (late) {
            const window =
              rule.daysAfterArrival === 0
                ? 'on or before arrival'
                : `within ${rule.daysAfterArrival} days after arrival (by ${formatDay(arrival.day + rule.daysAfterArrival)})`;
            issue(c, 'filedAt', `filed ${filedText}, arrival ${arrivalText}: expected ${window}. ${rule.summary}`);
          }
        }
      }
    }
  }
  return out;
}

// The charges at the command line: `s321 evaluate` prints them (and --format table adds the
// columns), `--tariffs FILE` replaces the bundled tariff set, `s321 tariffs` and
// `s321 schema tariffs` print the set and its JSON Schema. Run from the sources, as a user would
// run the built command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultTariffs, scheduleTariffSet } from '../../../core/index.ts';
import { bundledScheduleData } from '../../../core/schedule/schedule.generated.ts';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';

const CLI = new URL('../../../cli/s321.ts', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 's321-charges-'));
function s321(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const shirt = {
  id: 'shirt',
  arrival: '2026-03-02',
  mode: 'air',
  shipFrom: 'VN',
  items: [{ description: 'Cotton shirt', quantity: 2, price: { amount: '40.00', currency: 'USD' }, origin: 'VN', duties: [{ program: 'mfn', rate: '16.5' }] }],
};

describe('s321 evaluate with charges', () => {
  it('prints the charges the core computes: MFN 16.5% and the Section 122 10% on $40, and the FY2026 MPF', () => {
    const r = s321(['evaluate', file('shirt.json', shirt)]);
    assert.equal(r.code, 0, r.err);
    const got = JSON.parse(r.out);
    const want = evaluate(shirt);
    assert.ok(want.ok);
    if (want.ok) assert.deepEqual(got, want.output);
    assert.deepEqual([got.charges.duty, got.charges.fees, got.charges.total, got.charges.complete], ['10.60', '2.69', '13.29', true]);
    assert.deepEqual(
      got.charges.lines.map((l: { program: string; amount: string }) => `${l.program} ${l.amount}`),
      ['mfn 6.60', 'section-122 4.00', 'mpf 2.69'],
    );
  });

  it('--tariffs FILE replaces the bundled set (here a Section 122 rate of 15%)', () => {
    const set = structuredClone(defaultTariffs);
    set.version = 'merchant-2026-12';
    set.layers.find((l) => l.id === 'section-122-surcharge')!.rate = '15';
    const r = s321(['evaluate', file('shirt2.json', shirt), '--tariffs', file('tariffs.json', set)]);
    assert.equal(r.code, 0, r.err);
    const c = JSON.parse(r.out).charges;
    assert.equal(c.lines[1].amount, '6.00');
    assert.equal(c.total, '15.29');
    assert.equal(c.tariffs.version, 'merchant-2026-12');
  });

  it('an invalid --tariffs file exits 2 naming the file and the path, with nothing on stdout', () => {
    const bad = structuredClone(defaultTariffs) as unknown as { fees: Record<string, unknown>[] };
    bad.fees[1].amount = '2.699';
    const r = s321(['evaluate', file('shirt3.json', shirt), '--tariffs', file('bad.json', bad)]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /bad\.json: tariffs\.fees\[1\]\.amount: expected a USD amount such as "2\.69", got "2\.699"/);
    assert.doesNotMatch(r.err, /at .*\.ts:\d+/);
  });

  it('--format table adds duty, fees and charges columns, "at least" for an incomplete estimate', () => {
    const noLayers = { ...shirt, id: 'bare', items: [{ ...shirt.items[0], duties: undefined }] };
    const r = s321(['evaluate', '--format', 'table', file('batch.json', { shipments: [shirt, noLayers, { ...shirt, id: 'old', arrival: '2024-06-01' }] })]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /duty \$\s+fees \$\s+charges \$/);
    assert.match(r.out, /shirt .* 10\.60\s+2\.69\s+13\.29/);
    assert.match(r.out, /bare .* 4\.00\s+2\.69\s+>=6\.69/);
    assert.match(r.out, /old .*yes \(de-minimis\).* -\s+-\s+-/);
  });
});

describe('s321 tariffs and s321 schema tariffs', () => {
  it('tariffs --json prints the bundled set, which reads back as a valid --tariffs file', () => {
    const r = s321(['tariffs', '--json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), scheduleTariffSet());
    const back = s321(['tariffs', '--tariffs', file('back.json', r.out)]);
    assert.equal(back.code, 0, back.err);
    assert.match(back.out, /\| Section 122 import surcharge \(10%\)/);
  });
  it('tariffs --tariffs rejects an overlapping set with exit 2', () => {
    const set = structuredClone(defaultTariffs);
    set.layers.push({ ...set.layers.find((l) => l.id === 'section-301-brazil')!, id: 'brazil-twice' });
    const r = s321(['tariffs', '--tariffs', file('overlap.json', set)]);
    assert.equal(r.code, 2);
    assert.match(r.err, /overlap\.json: tariffs\.layers: "section-301-brazil" and "brazil-twice"/);
  });
  it('schema tariffs prints the generated JSON Schema', () => {
    const r = s321(['schema', 'tariffs', '--compact']);
    assert.equal(r.code, 0, r.err);
    const s = JSON.parse(r.out);
    assert.equal(s.$id, 'urn:s321:schema:tariffs');
    assert.deepEqual(s.required, ['version', 'layers', 'fees']);
    assert.equal(s.additionalProperties, false);
  });
});

describe('s321 export with charges', () => {
  const ROOT = new URL('../../../', import.meta.url).pathname;
  const run = (extra: string[]) => {
    const out = join(tmp, `records-${extra.length}.ndjson`);
    const r = s321([
      'export',
      '--profile',
      'data-pilot',
      '--participant',
      'ONLINE_MARKETPLACE',
      '--originator',
      'MKTPLC01',
      '--in',
      join(ROOT, 'examples/orders.csv'),
      '--out',
      out,
      '--errors',
      join(tmp, 'rejected.csv'),
      '--rates',
      join(ROOT, 'examples/rates-orders.json'),
      ...extra,
    ]);
    return {
      r,
      rows:
        r.code === 2
          ? []
          : (readFileSync(out, 'utf8')
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l)) as Array<{ decision: { exempt: boolean; charges?: { total: string; tariffs: { version: string } } } }>),
    };
  };
  it('adds the charges to every dutiable decision and to no exempt one', () => {
    const { r, rows } = run([]);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const dutiable = rows.filter((x) => !x.decision.exempt);
    assert.ok(dutiable.length > 100);
    assert.ok(dutiable.every((x) => x.decision.charges && /^\d+\.\d\d$/.test(x.decision.charges.total)));
    assert.ok(rows.filter((x) => x.decision.exempt).every((x) => !('charges' in x.decision)));
  });
  it('takes --tariffs, and names the file when it is invalid', () => {
    const set = structuredClone(defaultTariffs);
    set.version = 'export-test';
    const { rows } = run(['--tariffs', file('export-tariffs.json', set)]);
    assert.ok(rows.some((x) => x.decision.charges?.tariffs.version === 'export-test'));
    const bad = run(['--tariffs', file('export-bad.json', { version: 'x', layers: [], fees: {} })]);
    assert.equal(bad.r.code, 2);
    assert.match(bad.r.err, /export-bad\.json: tariffs\.fees: /);
  });
  it('takes --schedule once per edition: each row priced by the edition in force on its arrival', () => {
    const edition = (name: string, effective: string) => file(`export-${effective}.json`, { ...bundledScheduleData, edition: name, effective });
    const { r, rows } = run(['--schedule', edition('Edition B', '2026-01-01'), '--schedule', edition('Edition A', '2019-01-01')]);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const priced = rows as unknown as Array<{ decision: { asOf: string; charges?: { tariffs: { schedule?: string } } } }>;
    const seen = new Set<string>();
    for (const x of priced) {
      const stamp = x.decision.charges?.tariffs.schedule;
      if (!stamp) continue;
      seen.add(stamp);
      assert.equal(stamp, x.decision.asOf < '2026-01-01' ? 'Edition A, effective 2019-01-01' : 'Edition B, effective 2026-01-01', x.decision.asOf);
    }
    assert.deepEqual([...seen].sort(), ['Edition A, effective 2019-01-01', 'Edition B, effective 2026-01-01']);
  });
});

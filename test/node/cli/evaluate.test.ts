// `s321 evaluate` end to end: the built command line (dist-cli/s321.mjs, built by the build
// phase, or below when it is missing) is run as a user would run it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { defaultRules } from '../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';

const CLI = new URL('../../../dist-cli/s321.mjs', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 's321-cli-'));

function s321(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: stdin ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const ship = {
  id: 'S1',
  arrival: '2025-06-01',
  mode: 'express',
  shipFrom: 'VN',
  items: [{ description: 'T-shirt', quantity: 1, price: { amount: '50.00', currency: 'USD' }, origin: 'CN' }],
};

before(() => {
  if (!existsSync(CLI)) {
    const b = spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
    assert.equal(b.status, 0, 'could not build the CLI');
  }
});

describe('s321 evaluate', () => {
  it('decides one shipment from a file and prints exactly what the core returns', () => {
    const r = s321(['evaluate', file('one.json', ship)]);
    assert.equal(r.code, 0, r.err);
    const got = JSON.parse(r.out);
    const want = evaluate(ship);
    assert.ok(want.ok);
    if (want.ok) assert.deepEqual(got, want.output);
    assert.equal(got.reasons[0].code, 'SUSPENDED_CN_HK');
    assert.equal(got.reasons[0].citation, 'EO 14256; CSMS 64861116');
  });

  it('reads stdin and answers a batch in order', () => {
    const r = s321(['evaluate'], JSON.stringify({ shipments: [ship, { ...ship, id: 'S2', items: [{ ...ship.items[0], origin: 'VN' }] }] }));
    assert.equal(r.code, 0, r.err);
    const got = JSON.parse(r.out);
    assert.deepEqual(
      got.decisions.map((d: { id: string; exempt: boolean }) => [d.id, d.exempt]),
      [
        ['S1', false],
        ['S2', true],
      ],
    );
  });

  it('--pretty indents and --format table prints a readable table', () => {
    assert.match(s321(['evaluate', '--pretty', file('p.json', ship)]).out, /^\{\n {2}"id": "S1"/);
    const t = s321(['evaluate', '--format', 'table', file('t.json', ship)]);
    assert.equal(t.code, 0);
    assert.match(t.out, /S1\s+2025-06-01\s+no\s+informal/);
  });

  it('the table says "not an import" plainly, and dates a re-stated suspension from when it began', () => {
    const today = { ...ship, id: 'T', arrival: '2026-11-28', shipFrom: 'DE', items: [{ ...ship.items[0], origin: 'DE' }] };
    const domestic = { ...today, id: 'D', shipFrom: 'US' };
    const t = s321(['evaluate', '--format', 'table', file('both.json', { shipments: [today, domestic] })]);
    assert.equal(t.code, 0, t.err);
    assert.match(t.out, /T\s+2026-11-28\s+no\s+informal.*SUSPENDED_ALL_COUNTRIES since 2025-08-29/);
    assert.doesNotMatch(t.out, /since 2026-06-24/);
    assert.match(t.out, /D\s+2026-11-28\s+not an import\s+none.*NOT_AN_IMPORT/);
  });

  it('converts with a rates file', () => {
    const rates = file('rates.json', { EUR: [{ date: '2025-04-01', kind: 'quarterly', unitsPerUsd: '0.8800' }] });
    const r = s321([
      'evaluate',
      '--rates',
      rates,
      file('eur.json', { ...ship, items: [{ ...ship.items[0], origin: 'DE', price: { amount: '88.00', currency: 'EUR' } }] }),
    ]);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).valueUsd, '100.00');
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    ['bad JSON', '{"arrival": ', /not valid JSON/],
    ['a missing field', { ...ship, mode: undefined }, /^mode: required/m],
    ['an impossible date', { ...ship, arrival: '2024-02-30' }, /^arrival: expected a real date/m],
    [
      'a negative amount',
      { ...ship, items: [{ ...ship.items[0], price: { amount: '-5.00', currency: 'USD' } }] },
      /^items\[0\]\.price\.amount: expected a non-negative decimal amount/m,
    ],
    ['a malformed amount', { ...ship, items: [{ ...ship.items[0], price: { amount: '12,50', currency: 'USD' } }] }, /^items\[0\]\.price\.amount/m],
    ['too many decimals', { ...ship, items: [{ ...ship.items[0], price: { amount: '1280.5', currency: 'JPY' } }] }, /at most 0 decimals for JPY/],
    [
      'an unknown currency',
      { ...ship, items: [{ ...ship.items[0], price: { amount: '5.00', currency: 'XYZ' } }] },
      /^items\[0\]\.price\.currency: expected an ISO 4217/m,
    ],
    ['an unknown country', { ...ship, shipFrom: 'XX' }, /^shipFrom: expected an ISO 3166-1 alpha-2/m],
  ];
  for (const [what, input, stderr] of invalid) {
    it(`rejects ${what}: exit 2, nothing on stdout, the path on stderr, no stack trace`, () => {
      const r = s321(['evaluate', file(`bad-${what.replace(/\W/g, '')}.json`, input)]);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, stderr);
      assert.doesNotMatch(r.err, /\n\s+at /);
    });
  }

  // prices in other currencies: approximate rates without --rates, --rates authoritative when given
  const euro = (arrival: string, amount: string, extra: object = {}) => ({
    id: 'E1',
    arrival,
    mode: 'express',
    shipFrom: 'DE',
    items: [{ price: { amount, currency: 'EUR' }, origin: 'DE', ...extra }],
  });
  const jpyOnly = { JPY: [{ date: '2024-04-01', kind: 'quarterly', unitsPerUsd: '151.35' }] };

  it('rejects a missing rate when --rates is given and the answer depends on the value: exit 2, the path and date on stderr', () => {
    const r = s321(['evaluate', file('eur-2024.json', euro('2024-06-01', '5.00')), '--rates', file('jpy.json', jpyOnly)]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^items\[0\]\.price\.currency: no EUR rate for 2024-06-01/m);
    assert.doesNotMatch(r.err, /\n\s+at /);
  });

  it('decides without a rate when the value does not matter (2026-12-06, every origin suspended), even with --rates', () => {
    const r = s321(['evaluate', file('eur-2026.json', euro('2026-12-06', '25.00')), '--rates', file('jpy.json', jpyOnly)]);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(r.out);
    assert.equal(d.exempt, false);
    assert.deepEqual(d.valueDependence, { conversion: 'unknown', needsRate: { valueTest: false, entry: true, estimate: true }, answer: 'decided' });
    assert.ok(d.reasons.some((x: { code: string }) => x.code === 'CURRENCY_NO_RATE'));
    assert.equal(d.charges.complete, false);
  });

  it("converts at an approximate rate without --rates and says so, with the rate's date", () => {
    const r = s321(['evaluate', file('eur-gift.json', { ...euro('2024-06-01', '80.00'), kind: 'gift' })]);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(r.out);
    assert.equal(d.exemption, 'gift');
    assert.equal(d.valueDependence.conversion, 'approximate');
    const fx = d.reasons.find((x: { code: string }) => x.code === 'CURRENCY_APPROXIMATE');
    assert.equal(fx.rateDate, '2024-05-27');
    assert.match(fx.message, /approximate rate of 2024-05-27.*CBP's certified rate may differ/);
  });

  it('keeps --rates authoritative: a certified rate converts, exactly, with no approximate note', () => {
    const r = s321([
      'evaluate',
      file('eur-cert.json', euro('2024-06-01', '720.00')),
      '--rates',
      file('eur.json', { EUR: [{ date: '2024-04-01', kind: 'quarterly', unitsPerUsd: '0.90' }] }),
    ]);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(r.out);
    assert.equal(d.valueUsd, '800.00');
    assert.equal(d.exempt, true);
    assert.equal(d.valueDependence.conversion, 'certified');
    assert.ok(!d.reasons.some((x: { code: string }) => x.code === 'CURRENCY_APPROXIMATE' || x.code === 'TOO_CLOSE_TO_CALL'));
  });

  it('marks approximate values and too-close answers in the table', () => {
    const r = s321(['evaluate', file('eur-close.json', euro('2024-06-01', '701.00')), '--format', 'table']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /too close/);
    assert.match(r.out, /~760\.10/);
    assert.match(r.out, /approximate rate/);
  });

  it('rejects a whole batch with one invalid shipment, naming it', () => {
    const r = s321(['evaluate', file('batch-bad.json', { shipments: [ship, { ...ship, id: 'S2', arrival: '2025-02-29' }] })]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^shipments\[1\]\.arrival: /m);
  });

  it('reports one line per problem', () => {
    const r = s321(['evaluate', file('many.json', { ...ship, arrival: '2024-13-01', shipFrom: 'XX', mode: 'boat' })]);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 3, r.err);
  });

  it('loads a replacement rule set with --rules and reports a broken one', () => {
    const rules = structuredClone(defaultRules);
    const v = rules.versions.find((x) => x.id === 'commercial-suspended-cn-hk')!;
    v.summary = 'Replaced by a JSON rule set.';
    const ok = s321(['evaluate', '--rules', file('rules.json', rules), file('r1.json', ship)]);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(JSON.parse(ok.out).reasons[0].message, 'Replaced by a JSON rule set.');
    rules.versions[0].citations = [];
    const bad = s321(['evaluate', '--rules', file('rules-bad.json', rules), file('r2.json', ship)]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /rules\.versions\[0\]\.citations/);
  });

  it('prints help, and a clear error for an unknown command or option', () => {
    const h = s321(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /evaluate/);
    assert.match(s321(['evaluate', '--help']).out, /--rates FILE/);
    const u = s321(['frobnicate']);
    assert.equal(u.code, 2);
    assert.match(u.err, /unknown command "frobnicate"/);
    const o = s321(['evaluate', '--nope', file('o.json', ship)]);
    assert.equal(o.code, 2);
    assert.doesNotMatch(o.err, /\n\s+at /);
  });

  it('a missing file is a one-line error', () => {
    const r = s321(['evaluate', join(tmp, 'absent.json')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read \(no such file\)/);
  });

  it('s321 rules --json prints a set that --rules accepts unchanged', () => {
    const r = s321(['rules', '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out), JSON.parse(JSON.stringify(defaultRules)));
    const again = s321(['rules', '--rules', file('roundtrip.json', r.out)]);
    assert.equal(again.code, 0, again.err);
  });
});

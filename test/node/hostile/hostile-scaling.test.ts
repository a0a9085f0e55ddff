// Hostile shapes that made work explode (issue 22), each at 1x, 2x and 4x: the time ratio must
// stay near linear. Absolute times are for `npm run bench`, never asserted here.
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../../extension/adapters/registry.ts';
import { linesOf } from '../../../extension/adapters/lib/lines.ts';
import assert from 'node:assert/strict';
import { defaultRules } from '../../../core/rules/default-rules.ts';
import { checkRuleSet } from '../../../core/rules/load.ts';
import type { RuleSet, RuleVersion } from '../../../core/rules/types.ts';
import { compileTariffs } from '../../../core/charges/compile.ts';
import { defaultTariffs } from '../../../core/charges/default-tariffs.ts';
import type { TariffSet } from '../../../core/charges/types.ts';
import { csvOf, exportText, goodRows } from '../cli/export-helpers.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { scheduleCommand } from '../../../cli/commands/schedule.ts';
import { parseJson } from '../../../cli/io.ts';
import { editionOnDay, scheduleOption } from '../../../cli/schedule-file.ts';
import { buildSchedule } from '../../../core/schedule/build.ts';
import { compileRates } from '../../../core/money/rates.ts';
import { assertNearLinear, scaling, scalingAsync } from './scaling.ts';

/** The bundled rules with `n` back-to-back suspension versions appended (one a day from 2040). */
function backToBack(n: number): RuleSet {
  const set = structuredClone(defaultRules) as RuleSet;
  const last = set.versions.filter((v) => v.topic === 'commercial').at(-1)!;
  const day = (i: number) => new Date(Date.UTC(2040, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const extra: RuleVersion[] = Array.from({ length: n }, (_, i) => ({
    ...last,
    id: `suspension-${i}`,
    from: day(i),
    until: day(i + 1),
    status: 'suspended',
    reasonCode: 'HOSTILE_SUSPENDED',
    limitUsd: undefined,
  }));
  // the bundled last commercial version ends where the hostile ones begin
  last.until = day(0);
  set.versions.push(...extra);
  return set;
}

describe('hostile scaling: rule sets', () => {
  it('3,000 back-to-back versions compile in near-linear time, each suspension dated from its first', () => {
    const r = checkRuleSet(backToBack(3_000));
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3)));
    const v = r.rules.byTopic.commercial.find((c) => c.rule.id === 'suspension-2999');
    assert.equal(v?.since, '2040-01-01T00:00-05:00');
    assertNearLinear(
      scaling(750, backToBack, (s) => checkRuleSet(s)),
      'compiling back-to-back versions',
    );
  });
});

/** The bundled tariff set with `n` back-to-back versions of one fee and `n` layers of one
 * program on distinct HTS numbers, open-ended (the shapes dated law's overlap sweep must keep
 * near-linear: the tariff compiler's earlier sweep compared each fee with every earlier one). */
function manyTariffs(n: number): TariffSet {
  const set = structuredClone(defaultTariffs) as TariffSet;
  const day = (i: number) => new Date(Date.UTC(2040, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const fee = set.fees.find((f) => f.id === 'hmf')!;
  fee.until = day(0);
  for (let i = 0; i < n; i++) set.fees.push({ ...fee, id: `hmf-${i}`, from: day(i), until: i === n - 1 ? undefined : day(i + 1) });
  const citations = fee.citations;
  for (let i = 0; i < n; i++)
    set.layers.push({ id: `hostile-${i}`, program: 'hostile', title: 'x', scope: { hts: [String(10_000_000 + i)] }, rate: '1', summary: 'x', citations });
  return set;
}

describe('hostile scaling: tariff sets', () => {
  it('thousands of back-to-back fees and number-scoped layers of one program compile in near-linear time', () => {
    const r = compileTariffs(manyTariffs(4_000));
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3)));
    assertNearLinear(
      scaling(1_000, manyTariffs, (s) => compileTariffs(s)),
      'compiling a large tariff set',
    );
  });
});

describe('hostile scaling: the export', () => {
  it('rows of one order on one day: near-linear (was quadratic, 42 s for 20,000), every row written', async () => {
    const base = goodRows(1)[0];
    const oneOrder = (n: number) => csvOf(Array.from({ length: n }, () => [...base]));
    const r = await exportText(oneOrder(2_000));
    assert.equal(r.counts.written, 2_000);
    // the order's lots add up on the person-day: one decision for all, the same for each
    assert.equal(new Set(r.records.map((x) => JSON.stringify(x.decision))).size, 1);
    assertNearLinear(await scalingAsync(2_500, oneOrder, (t) => exportText(t)), 'exporting rows of one order');
  });
});

describe('hostile scaling: pages', () => {
  const fixture = (name: string) => readFileSync(join('test/fixtures/pages/ebay', name), 'utf8');
  const url = (name: string) => JSON.parse(fixture(name.replace('.html', '.expected.json'))).url as string;
  const extract = (html: string, name: string) => extractPage(parseHTML(html).document as unknown as Document, url(name));

  it('a 20,000-deep address block: the order is read (no stack overflow), in near-linear time', () => {
    const deep = (n: number) =>
      fixture('seller-order.html')
        .replace('<address>Alex Demo<br>', `<address>Alex Demo<br>${'<span>'.repeat(n)}9 Example Road${'</span>'.repeat(n)}<br>`)
        .replace('9 Example Road<br>Denver', 'Denver');
    const r = extract(deep(20_000), 'seller-order.html');
    assert.ok(r.ok);
    assert.equal(r.draft.kind, 'seller-order');
    assert.equal(r.draft.order?.deliverTo?.line1, '9 Example Road');
    assert.equal(r.draft.order?.deliverTo?.city, 'Denver');
    const doc = (n: number) => parseHTML(`<div id="a">${'<span>x '.repeat(n)}${'</span>'.repeat(n)}</div>`).document;
    assertNearLinear(
      scaling(5_000, doc, (d) => linesOf(d.getElementById('a') as unknown as Element)),
      'the lines of a deep block',
    );
  });

  it('eBay "Import charges" of 150 KB of "(": capped before any regex, near-linear', () => {
    const item = fixture('item.html');
    const m = /(Import charges:<\/span><\/div>\s*<div[^>]*>)/.exec(item);
    assert.ok(m, 'the fixture has an import charges value');
    const page = (n: number) => item.replace(m[1], `${m[1]}<span class="ux-textspans">${'('.repeat(n)}</span>`);
    const r = extract(page(150_000), 'item.html');
    assert.ok(r.ok);
    assertNearLinear(
      scaling(37_500, page, (p) => extract(p, 'item.html')),
      'an eBay page with a long import charges value',
    );
  });

  it('8,000 nested elements, each with a price-like text: near-linear', () => {
    const page = (n: number) =>
      `<html><head><title>Mug</title><meta property="og:title" content="Mug"></head><body><h1>Mug</h1>${'<div>$1.99 <b>Add to cart</b>'.repeat(n)}${'</div>'.repeat(n)}</body></html>`;
    const doc = (n: number) => parseHTML(page(n)).document as unknown as Document;
    const r = extractPage(doc(8_000), 'https://shop.example/p/1');
    assert.ok(r.ok);
    assertNearLinear(
      scaling(2_000, doc, (d) => extractPage(d, 'https://shop.example/p/1'), 2),
      'extracting a deeply nested page',
    );
  });
});

/** A USITC-shaped export (an array of rows {htsno, indent, description, units, general, special,
 * other, footnotes}, in schedule order) of `n` 8-digit rate lines, each under a heading row and
 * over four 10-digit statistical lines: 6n rows, 4n numbers. */
function usitcExport(n: number): string {
  const rows: unknown[] = [];
  const two = (x: number) => String(x).padStart(2, '0');
  for (let h = 0; h < n; h++) {
    const line = `${two(1 + (h % 97))}${two(10 + (Math.floor(h / 97) % 90))}.${two(Math.floor(h / 8730) % 100)}.${two(h % 100)}`;
    rows.push({ htsno: '', indent: '0', description: `Heading ${h}:`, superior: 'true', units: [], general: '', special: '', other: '', footnotes: null });
    rows.push({
      htsno: line,
      indent: '1',
      description: `Articles of kind ${h}`,
      units: [],
      general: `${h % 20}%`,
      special: `Free (A,AU,B${h % 7})`,
      other: `${h % 50}%`,
      footnotes: [],
    });
    for (let s = 0; s < 4; s++)
      rows.push({ htsno: `${line}.${10 + s * 10}`, indent: '2', description: `Kind ${h}, sort ${s}`, units: ['No.'], general: '', special: '', other: '' });
  }
  return JSON.stringify(rows);
}

describe('hostile scaling: schedules and rates', () => {
  const dir = mkdtempSync(join(tmpdir(), 's321-hostile-scaling-'));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  // `s321 schedule import` writes to stderr; the scaling runs keep it quiet
  const quietly = async (run: () => Promise<unknown>) => {
    const w = process.stderr.write;
    process.stderr.write = () => true;
    try {
      return await run();
    } finally {
      process.stderr.write = w;
    }
  };

  it('s321 schedule import of a large USITC-shaped export: near-linear, every number kept', async () => {
    const exportFile = (n: number) => write(`usitc-${n}.json`, usitcExport(n));
    const out = join(dir, 'imported.json');
    const run = (file: string) => quietly(() => scheduleCommand.run(['import', file, '--edition', 'HTS Test', '--effective', '2026-01-01', '--out', out]));
    assert.equal(await run(exportFile(2_000)), 0);
    const r = editionOnDay(await scheduleOption(out));
    assert.equal(r.size, 8_000);
    assert.equal(r.lookup('0110000010')?.general, '0%');
    assert.equal(r.lookup('0210000140')?.description, 'Articles of kind 1: Kind 1, sort 3');
    // 1x is 2,000 rate lines (12,000 rows, 1.6 MB); 4x about the size of the real export
    assertNearLinear(await scalingAsync(2_000, exportFile, run), 'importing a schedule export');
  });

  it('--schedule FILE of a large schedule: near-linear', async () => {
    const scheduleFile = (n: number) => {
      const b = buildSchedule(JSON.parse(usitcExport(n)), 'HTS Test', '2026-01-01');
      assert.ok(b.ok);
      return write(`schedule-${n}.json`, JSON.stringify(b.data));
    };
    assertNearLinear(await scalingAsync(4_000, scheduleFile, (f) => scheduleOption(f).then((s) => editionOnDay(s).lookup('0110000010'))), 'loading a schedule');
  });

  it('a rates table with many entries: near-linear (read, checked, compiled)', () => {
    const day = (i: number) => new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    // daily rates, newest first (the compiler sorts them), a quarterly one every 60 days, in
    // four currencies
    const table = (n: number) =>
      JSON.stringify(
        Object.fromEntries(
          ['JPY', 'EUR', 'GBP', 'CNY'].map((code, c) => [
            code,
            Array.from({ length: n / 4 }, (_, i) => ({
              date: day(n / 4 - 1 - i),
              kind: i % 60 === 0 ? 'quarterly' : 'daily',
              unitsPerUsd: `${100 + c + (i % 50)}.${i % 100}`,
            })),
          ]),
        ),
      );
    const compile = (text: string) => {
      const r = compileRates(parseJson(text, 'rates.json'));
      assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 2)));
      return r;
    };
    assert.equal(compile(table(40_000)).rates.currencies.get('JPY')?.daily.length, 10_000 - 167);
    assertNearLinear(scaling(20_000, table, compile), 'compiling a rates table');
  });

  // core/schedule/build.ts stripped tags with /<[^>]*>/g: quadratic on a run of "<" without ">"
  // (8,000 characters took 16x the time of 2,000); now one pass
  it('a schedule export whose descriptions are long runs of "<"', () => {
    const page = (n: number) =>
      JSON.stringify([
        { htsno: '0101.21.00', indent: '0', description: '<'.repeat(n), general: '1%', special: '', other: '' },
        { htsno: '0101.21.00.10', indent: '1', description: '<a'.repeat(n), general: '', special: '', other: '' },
      ]);
    assertNearLinear(
      scaling(20_000, page, (t) => buildSchedule(parseJson(t, 'export.json'), 'HTS Test', '2026-01-01')),
      'a schedule export with long runs of "<"',
    );
  });
});

// What a newcomer meets first on the command line (issue 24): a wrong flag gets "did you mean",
// a closed pipe ends quietly, a table fits the width, foreign prices without --rates get a hint,
// `s321 rules` does not print "do not edit", and `s321 extract` resolves a relative og:url.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decisionsTable, outputWidth } from '../../../cli/table.ts';
import { evaluateJson } from '../../../core/evaluate-json.ts';
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url).pathname;
const cli = ['--import', 'tsx', join(root, 'cli/s321.ts')];
const work = mkdtempSync(join(tmpdir(), 's321-first-hour-'));
after(() => rmSync(work, { recursive: true, force: true }));

function s321(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs the command with stdout into a pipe whose reader stops after the first line (`| head -1`). */
function firstLineOnly(args: string[]): Promise<{ code: number | null; line: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) child.stdout.destroy(); // the reader goes away, as head does
    });
    child.on('close', (code) => resolve({ code, line: out.split('\n')[0], err }));
  });
}

const page = (head: string, body = '<h1>Slim fit jeans</h1><div class="price">€344.00</div><button>Add to bag</button>') =>
  `<!doctype html><html lang="en-IE"><head><title>Slim fit jeans</title>${head}</head><body>${body}</body></html>`;

describe('s321 for a newcomer', () => {
  it('answers a wrong flag with the nearest one', () => {
    const r = s321(['evaluate', 'examples/shipments.json', '--rate', 'examples/rates.json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown option `--rate`: did you mean `--rates`\?/);
    assert.doesNotMatch(r.err, /To specify a positional argument/);
    assert.match(s321(['export', '--profle', 'type86']).err, /did you mean `--profile`\?/);
  });

  it('decides prices in other currencies at approximate rates, and says to add a certified rate the table lacks', () => {
    // without --rates: the bundled approximate rates, and every such decision says so
    const plain = s321(['evaluate', 'examples/shipments.json']);
    assert.equal(plain.code, 0, plain.err);
    const decisions = JSON.parse(plain.out).decisions as { reasons: { code: string }[] }[];
    assert.ok(decisions.some((d) => d.reasons.some((r) => r.code === 'CURRENCY_APPROXIMATE')));
    // with --rates, only certified rates count: a table without JPY is an input error with one hint
    const eurOnly = join(work, 'eur-only.json');
    writeFileSync(eurOnly, JSON.stringify({ EUR: JSON.parse(readFileSync('examples/rates.json', 'utf8')).EUR }));
    const r = s321(['evaluate', 'examples/shipments.json', '--rates', eurOnly]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no JPY rate/);
    assert.match(r.err.trimEnd().split('\n').at(-1)!, /^hint: .*eur-only\.json has no certified rate for that currency and date; add one/);
    assert.equal(r.err.match(/^hint:/gm)?.length, 1, 'one hint, not one per item');
  });

  it('ends quietly when the reader of a pipe stops (validate | head -1)', async () => {
    const records = join(work, 'records.ndjson');
    const exp = s321([
      'export',
      '--profile',
      'data-pilot',
      '--participant',
      'ONLINE_MARKETPLACE',
      '--originator',
      'MKTPLC01',
      '--in',
      'examples/orders.csv',
      '--out',
      records,
      '--errors',
      join(work, 'rejected.csv'),
      '--rates',
      'examples/rates-orders.json',
    ]);
    assert.ok(exp.code === 0 || exp.code === 1, exp.err);
    const r = await firstLineOnly(['validate', '--profile', 'data-pilot', '--participant', 'ONLINE_MARKETPLACE', records]);
    assert.match(r.line, /^record \d+/);
    assert.doesNotMatch(r.err, /EPIPE|internal error|at .*\.ts:\d+/);
    assert.notEqual(r.code, 70);
  });

  it('ends quietly when the reader of a pipe stops (extract FOLDER | head -1)', async () => {
    const dir = join(work, 'pages');
    mkdirSync(dir);
    for (let i = 0; i < 40; i++)
      writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.html`), page(`<link rel="canonical" href="https://shop.example.ie/p/${i}">`));
    const r = await firstLineOnly(['extract', dir]);
    assert.match(r.line, /^\{"file":/);
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
  });

  it('fits --format table to the width of the terminal (COLUMNS when not a TTY; 160 by default)', () => {
    const out = evaluateJson(JSON.parse(readFileSync(join(root, 'examples/shipments.json'), 'utf8')), {
      rates: JSON.parse(readFileSync(join(root, 'examples/rates.json'), 'utf8')),
    });
    assert.ok(out.ok && 'decisions' in out.output);
    if (!out.ok || !('decisions' in out.output)) return;
    for (const width of [80, 100, 120, 160]) {
      const longest = Math.max(
        ...decisionsTable(out.output.decisions, width)
          .split('\n')
          .map((l) => [...l].length),
      );
      assert.ok(longest <= width, `${longest} columns at width ${width}`);
    }
    assert.equal(outputWidth({ isTTY: true, columns: 91 }, {}), 91);
    assert.equal(outputWidth({ isTTY: false }, { COLUMNS: '100' }), 100);
    assert.equal(outputWidth({ isTTY: false }, {}), 160);
    const r = s321(['evaluate', 'examples/shipments.json', '--rates', 'examples/rates.json', '--format', 'table'], { COLUMNS: '90' });
    assert.equal(r.code, 0, r.err);
    assert.ok(Math.max(...r.out.split('\n').map((l) => [...l].length)) <= 90);
  });

  it('prints the rules with how to change them, not "Do not edit by hand"', () => {
    const r = s321(['rules']);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.out, /Do not edit by hand/);
    assert.match(r.out, /s321 rules --json > rules\.json/);
    // the generated docs page still says it is generated
    assert.match(readFileSync(join(root, 'docs/rules.md'), 'utf8'), /Do not edit by hand/);
  });
});

describe('s321 extract on pages with a relative og:url', () => {
  it("resolves it against the page's alternate link of its language, and folder mode exits 0", () => {
    const dir = join(work, 'zalando');
    mkdirSync(dir);
    const file = join(dir, 'jeans.html');
    writeFileSync(
      file,
      page(
        '<meta property="og:url" content="/jeans-k11.html"><link rel="alternate" hreflang="en-GB" href="https://www.zalando.co.uk/jeans-k11.html"><link rel="alternate" hreflang="en-IE" href="https://www.zalando.ie/jeans-k11.html">',
      ),
    );
    const one = s321(['extract', file]);
    assert.equal(one.code, 0, one.err);
    const draft = JSON.parse(one.out);
    assert.equal(draft.url, 'https://www.zalando.ie/jeans-k11.html');
    assert.equal(draft.currency, 'EUR');
    const folder = s321(['extract', dir]);
    assert.equal(folder.code, 0, folder.err);
    assert.equal(JSON.parse(folder.out).draft.url, 'https://www.zalando.ie/jeans-k11.html');
  });

  it('resolves it against <base href> or the "saved from" comment', () => {
    const base = join(work, 'base.html');
    writeFileSync(base, page('<base href="https://shop.example.ie/"><meta property="og:url" content="/p/1">'));
    assert.equal(JSON.parse(s321(['extract', base]).out).url, 'https://shop.example.ie/p/1');
    const saved = join(work, 'saved.html');
    writeFileSync(saved, `<!-- saved from url=(0030)https://shop.example.ie/p/2 -->\n${page('<meta property="og:url" content="/p/2">')}`);
    assert.equal(JSON.parse(s321(['extract', saved]).out).url, 'https://shop.example.ie/p/2');
  });

  it('still says what to do when nothing gives the address', () => {
    const lone = join(work, 'lone.html');
    writeFileSync(lone, page('<meta property="og:url" content="/p/3">'));
    const r = s321(['extract', lone]);
    assert.equal(r.code, 2);
    assert.match(r.err, /give one with --url https:\/\//);
  });

  it("gives a Taobao price its domain's currency (CNY) with a note, whatever the page's language", () => {
    const file = join(work, 'taobao.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="en"><head><title>Cotton T-shirt</title></head><body><h1>Cotton T-shirt</h1><div class="price"><span>¥</span><span>59.00</span></div><button>Buy now</button></body></html>',
    );
    const r = s321(['extract', file, '--url', 'https://item.taobao.com/item.htm?id=1']);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(r.out);
    assert.deepEqual([d.price, d.currency, d.sources.currency], ['59.00', 'CNY', 'domain']);
    assert.ok(d.notes.some((n: { code: string }) => n.code === 'CURRENCY_INFERRED'));
  });
});

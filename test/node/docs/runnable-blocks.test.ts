// Every shell block of the README and docs/ marked runnable (```sh cli: each line exits 0;
// ```sh export: its `# ...` lines are what the command prints) runs as written from a clone, with
// `npx s321` being the repository's own bin/s321.mjs, in a scratch copy of examples/. Also: the
// orders generator's output is accepted by `s321 export` with the rates file the README names,
// and the docs agree with each other on what the generic adapter reads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 's321-blocks-'));
cpSync(join(root, 'examples'), join(work, 'examples'), { recursive: true });
after(() => rmSync(work, { recursive: true, force: true }));

const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const blocks = docs.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```(sh|csv) (cli|export|rejected)\n([\s\S]*?)\n```/g)].map((m) => ({ file, kind: m[2], body: m[3] })),
);

/** The block's commands: continuation lines joined, trailing comments dropped. */
function commands(body: string): string[] {
  return body
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'))
    .map((l) => l.replace(/\s+#\s.*$/, '').trim());
}

function sh(line: string) {
  const cmd = line.replace(/^npx s321\b/, `"${process.execPath}" "${join(root, 'bin/s321.mjs')}"`);
  const r = spawnSync('bash', ['-c', cmd], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, COLUMNS: '100' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('runnable blocks of the README and docs', () => {
  it('finds the README CLI and export blocks', () => {
    assert.ok(blocks.some((b) => b.file === 'README.md' && b.kind === 'cli'));
    assert.ok(blocks.some((b) => b.file === 'README.md' && b.kind === 'export'));
  });

  for (const [n, b] of blocks.filter((x) => x.kind === 'cli').entries()) {
    it(`${b.file}: CLI block ${n + 1} runs as written`, () => {
      for (const line of commands(b.body)) {
        const r = sh(line);
        const exportLine = /^npx s321 export /.test(line);
        // `s321 export` exits 1 when it rejects rows, as the docs say next to the block
        assert.ok(r.code === 0 || (exportLine && r.code === 1), `\`${line}\` exited ${r.code}:\n${r.err.slice(0, 2000)}`);
        if (r.code === 1) assert.match(r.out + r.err, /rejected \d+/);
      }
    });
  }

  for (const b of blocks.filter((x) => x.kind === 'export')) {
    it(`${b.file}: the export block prints what it shows, and the error report starts as shown`, () => {
      const [line] = commands(b.body);
      const r = sh(line);
      assert.ok(r.code === 0 || r.code === 1, r.err);
      const shown = b.body
        .split('\n')
        .filter((l) => l.startsWith('# '))
        .map((l) => l.slice(2));
      assert.deepEqual((r.out + r.err).trim().split('\n'), shown);
      const rejected = blocks.find((x) => x.file === b.file && x.kind === 'rejected');
      if (rejected) {
        const lines = rejected.body.split('\n');
        assert.deepEqual(readFileSync(join(work, 'rejected.csv'), 'utf8').split('\n').slice(0, lines.length), lines);
      }
    });
  }
});

describe('scripts/gen-orders.ts', () => {
  const gen = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-orders.ts', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });

  it('writes a header row first on stdout', () => {
    const r = gen(['--rows', '5']);
    assert.equal(r.status, 0, r.stderr);
    const [header, ...rows] = r.stdout.trim().split('\n');
    assert.match(header, /^order_id,marketplace,/);
    assert.equal(rows.length >= 5, true);
  });

  it('writes rows that s321 export takes whole with the rates file the README names', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const named = /scripts\/gen-orders\.ts[\s\S]{0,400}?--rates (examples\/[\w.-]+\.json)/.exec(readme)?.[1];
    assert.equal(named, 'examples/rates-orders.json', 'the README says which rates file to pass');
    const g = gen(['--rows', '400', '--seed', '7', '--out', join(work, 'gen.csv')]);
    assert.equal(g.status, 0, g.stderr);
    assert.match(g.stderr, /--rates examples\/rates-orders\.json/);
    const r = sh(
      `npx s321 export --profile data-pilot --participant ONLINE_MARKETPLACE --originator MKTPLC01 --in gen.csv --out gen.ndjson --errors gen-rejected.csv --rates ${named}`,
    );
    assert.equal(r.code, 0, r.err);
    assert.match(r.err + r.out, /rejected 0\b/);
  });
});

describe('the docs agree on the generic adapter', () => {
  it('docs/extension.md no longer says the visible page is never read', () => {
    const ext = readFileSync(join(root, 'docs/extension.md'), 'utf8');
    assert.doesNotMatch(ext, /never scans visible text/);
    assert.match(ext, /visible page/);
    assert.match(readFileSync(join(root, 'docs/adapters.md'), 'utf8'), /\*\*the visible page\*\*/);
  });
});

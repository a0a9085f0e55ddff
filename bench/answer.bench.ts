// What the shopper door answers with nothing typed (issue 21): `s321 extract --decide` over the
// pages of ../shared/fixtures/zyte-dev (read at run time), the share of the pages with a price that
// get an answer (a decision plus an estimate or a range; target >= 90%), the time per page and
// the classifier's preparation; and the built extension's size (dist/: raw and gzip, summed per
// file) with its content-script, popup, answer (classifier and schedule) and background chunks.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CLASSIFIER_DATA, prepareClassifier } from '../core/classify/index.ts';
import { bundledSchedule } from '../core/index.ts';

const exec = promisify(execFile);
const ZYTE = resolve('../shared/fixtures/zyte-dev/html');
const DAY = '2026-12-07';

interface Line {
  file: string;
  error?: string;
  answer?: { decision: { exempt: boolean } | null; estimate: unknown; missing: string[] };
}

async function answers(): Promise<Record<string, number | string>> {
  if (!existsSync(ZYTE)) return { answerShareZyteDev: 'n/a: ../shared/fixtures/zyte-dev is absent' };
  const t0 = performance.now();
  const r = await exec(process.execPath, ['--import', 'tsx', 'cli/s321.ts', 'extract', '--decide', '--date', DAY, ZYTE], { maxBuffer: 1 << 26 }).catch(
    (e: { stdout: string }) => ({ stdout: e.stdout }),
  );
  const ms = performance.now() - t0;
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  // a page without a usable canonical URL (a relative one, or none) is given its address from the
  // benchmark's ground truth, one page at a time, as a user would with --url
  const truth = JSON.parse(readFileSync(join(ZYTE, '..', 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  let unread = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].answer) continue;
    unread++;
    const url =
      truth[
        lines[i].file
          .split('/')
          .pop()!
          .replace(/\.html\.gz$/, '')
      ]?.url;
    if (!url) continue;
    const one = await exec(process.execPath, ['--import', 'tsx', 'cli/s321.ts', 'extract', '--decide', '--date', DAY, '--url', url, lines[i].file], {
      maxBuffer: 1 << 26,
    }).catch(() => null);
    if (one) lines[i] = JSON.parse(one.stdout) as Line;
  }
  const read = lines.filter((l) => l.answer);
  const priced = read.filter((l) => !l.answer!.missing.includes('price'));
  const answered = priced.filter((l) => l.answer!.decision && (l.answer!.decision.exempt || l.answer!.estimate));
  const stillAsked = (what: string) => priced.filter((l) => l.answer!.missing.includes(what)).length;
  return {
    answerPagesZyteDev: lines.length,
    answerPagesWithoutCanonicalUrl: unread,
    answerPagesUnread: lines.length - read.length,
    answerPagesWithPrice: priced.length,
    answerPagesAnswered: answered.length,
    answerShareZyteDev: Math.round((answered.length / Math.max(1, priced.length)) * 1000) / 1000,
    answerPagesAskingOrigin: stillAsked('origin'),
    answerPagesAskingProduct: stillAsked('product'),
    extractDecideMsPerPage: Math.round((ms / lines.length) * 10) / 10, // the folder in one run
  };
}

function prepareMs(): Record<string, number> {
  const t0 = performance.now();
  prepareClassifier(CLASSIFIER_DATA);
  const t1 = performance.now();
  bundledSchedule();
  const t2 = performance.now();
  return { answerClassifierPrepareMsNode: Math.round(t1 - t0), answerScheduleLoadMsNode: Math.round(t2 - t1) };
}

function sizes(): Record<string, number | string> {
  const DIST = resolve(process.env.S321_EXT_DIST ?? 'dist');
  if (!existsSync(join(DIST, 'manifest.json'))) return { extensionDistBytes: 'n/a: dist/ not built (npm run build)' };
  const files: string[] = [];
  const walk = (d: string) => readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(join(d, f))));
  walk(DIST);
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const chunk = (prefix: string): [number, number] | null => {
    const f = files.find((x) => x.includes(`${join(DIST, 'assets')}/${prefix}`));
    return f ? [statSync(f).size, gz(f)] : null;
  };
  const m = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const content = join(DIST, m.content_scripts?.[0]?.js?.[0] ?? 'extension/content.js');
  const out: Record<string, number | string> = {
    extensionDistBytes: files.reduce((s, f) => s + statSync(f).size, 0),
    extensionDistGzipBytes: files.reduce((s, f) => s + gz(f), 0),
    extensionContentScriptBytes: statSync(content).size,
    extensionContentScriptGzipBytes: gz(content),
  };
  for (const [name, prefix] of [
    ['Popup', 'popup.html-'],
    ['AnswerKit', 'answer-kit-'],
    ['Background', 'background.ts-'],
  ] as const) {
    const c = chunk(prefix);
    out[`extension${name}ChunkBytes`] = c ? c[0] : 'n/a';
    out[`extension${name}ChunkGzipBytes`] = c ? c[1] : 'n/a';
  }
  return out;
}

export async function run(): Promise<Record<string, number | string>> {
  return { ...(await answers()), ...prepareMs(), ...sizes() };
}

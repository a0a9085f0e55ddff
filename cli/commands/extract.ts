// s321 extract PAGE... : runs the extension's capture (site adapter, structured data, visible
// page) on saved pages in Node (linkedom gives them a document), for debugging an adapter and for
// batch use on a user's own saved pages. The same registry and layers as the content script:
// what this prints is what the extension captures on that page.
// With --decide it prints instead what the popup would answer (extension/answer.ts).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { adapters, extractPage } from '../../extension/adapters/registry.ts';
import type { Adapter, Draft } from '../../extension/adapters/types.ts';
import { answerFor, type Answer } from '../../extension/answer.ts';
import { defaultSettings } from '../../extension/storage/schema.ts';
import { bundledSchedule, CLASSIFIER_DATA, newYorkDateOf, prepareClassifier, type Classifier } from '../../core/index.ts';
import type { Command } from '../command.ts';
import { readText, UsageError } from '../io.ts';
import { termSafe } from '../terminal.ts';

const help = `Usage: s321 extract PAGE.html [--url URL] [--adapter ID] [--pretty]
       s321 extract PAGE... | FOLDER... [--adapter ID]

Prints the draft the browser extension would capture on a saved page, as JSON: title, price,
currency, SKU, availability, seller, ships-from and origin countries as the page states them
(null with a note when it does not), and in "sources" the layer each came from (the site's
selectors, structured data, or the visible page). Nothing is fetched.

One page (a file, or stdin with "-"): prints its draft.
Several pages, or folders (read recursively: *.html, *.htm and their .gz): prints one JSON line
per page, {"file", "draft"} or {"file", "error"}, in file-name order, and goes on after a page
that cannot be read.
  --url URL      the page's address; it picks the site adapter (one page only). Default: the
                 page's <link rel="canonical"> or og:url (a relative one resolved against the
                 page's <base>, "saved from" comment or alternate link)
  --adapter ID   use this adapter (${adapters.map((a) => a.id).join(', ')}) whatever the URL
  --pretty       indent the JSON (one page only)
  --decide       print what the extension's popup would answer instead of the draft, with
                 nothing typed: {"file", "answer": {"decision", "estimate", "products",
                 "inferred", "missing"}} (the shopper's default settings, arriving --date)
  --date DAY     the arrival day for --decide, YYYY-MM-DD (default: today in New York)
Exit codes: 0 every page gave a draft; 1 some pages gave an error line; 2 bad arguments, or the
one page given is unreadable.`;

const PAGE_FILE = /\.(html?|html?\.gz)$/i;

/** The files of the arguments: files as given, folders walked (sorted, recursively). */
async function pageFiles(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`${arg}: cannot read (${code === 'ENOENT' ? 'no such file or folder' : (code ?? 'error')})`);
    }
    if (!info.isDirectory()) {
      out.push(arg);
      continue;
    }
    const found: string[] = [];
    const folders = [arg];
    while (folders.length > 0) {
      const dir = folders.pop()!;
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) folders.push(path);
        else if (PAGE_FILE.test(entry.name)) found.push(path);
      }
    }
    if (found.length === 0) throw new UsageError(`${arg}: no .html, .htm or .html.gz pages in this folder`);
    out.push(...found.sort());
  }
  return out;
}

async function readPage(file: string): Promise<string> {
  if (!/\.gz$/i.test(file)) return (await readText(file, false)).text;
  try {
    return gunzipSync(await readFile(file)).toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'Z_DATA_ERROR' ? 'not gzip data' : (code ?? 'error')})`);
  }
}

const absolute = (url: string | null | undefined): URL | null => {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
};

/** The address a saved page names for itself: <link rel="canonical">, else og:url. A relative one
 * (Zalando's og:url is "/name-sku.html") is resolved against the page's own address as the page
 * states it: <base href>, the "saved from url" comment browsers write, or the hreflang alternate
 * of the page's language (else one with the same path). Null when none gives an http(s) address. */
export function canonical(doc: Document, html: string): string | null {
  const named = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ].filter((u): u is string => !!u?.trim());
  for (const u of named) if (absolute(u)) return u;
  const relative = named.find((u) => u.startsWith('/'));
  if (!relative) return null;
  const lang = doc.documentElement?.getAttribute('lang')?.toLowerCase();
  const path = relative.split(/[?#]/)[0];
  const alternates = [...doc.querySelectorAll('link[rel="alternate"][href]')]
    .map((l) => ({ lang: l.getAttribute('hreflang')?.toLowerCase(), url: absolute(l.getAttribute('href')) }))
    .filter((a): a is { lang: string | undefined; url: URL } => a.url !== null);
  const bases = [
    absolute(doc.querySelector('base[href]')?.getAttribute('href')),
    absolute(/<!-- saved from url=\(\d+\)(\S+?) -->/.exec(html.slice(0, 4096))?.[1]),
    // the alternate in the page's own language is the page (its path may be translated), else
    // one with the same path (another language or the mobile site of the shop)
    alternates.find((a) => lang && a.lang === lang)?.url ?? alternates.find((a) => a.url.pathname === path)?.url ?? null,
  ];
  const base = bases.find((b) => b !== null);
  return base ? new URL(relative, base).href : null;
}

function checkUrl(url: string, what: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') return url;
  } catch {
    /* reported below */
  }
  throw new UsageError(`${what}: expected an http(s) URL such as https://www.example.com/product/1, got "${url.slice(0, 200)}"`);
}

/** One page's draft, or a UsageError saying what is wrong with it. */
function draftOf(text: string, name: string, url: string | undefined, only: Adapter | undefined, batch = false): unknown {
  const doc = parseHTML(text).document as unknown as Document;
  let href = url;
  if (href === undefined) {
    const found = canonical(doc, text);
    if (!found) {
      throw new UsageError(
        batch
          ? `${name}: the page names no canonical URL (<link rel="canonical"> or og:url), so its site is unknown; extract it on its own with --url https://...`
          : `${name}: the page names no canonical URL; give one with --url https://...`,
      );
    }
    href = checkUrl(found, `${name}: its canonical URL`);
  }
  const r = extractPage(doc, href, only);
  if (!r.ok) throw new UsageError(`${name}: ${r.error}`);
  return r.draft;
}

let classifier: Classifier | undefined;
/** What the popup would answer for a draft, as plain JSON (the same module as the popup). */
export function decideDraft(draft: Draft, today: string): Record<string, unknown> {
  classifier ??= prepareClassifier(CLASSIFIER_DATA);
  const a: Answer = answerFor({ draft, data: { items: [], rates: null, settings: defaultSettings('cli') }, today, classifier, schedule: bundledSchedule() });
  const d = a.decision ?? a.cases?.abroad ?? null;
  return {
    decision: d
      ? {
          exempt: d.exempt,
          entry: d.entry,
          reason: d.reasons[0]?.code ?? null,
          ...(a.cases ? { shipsFromUnknown: true } : {}),
          ...(d.valueDependence ? { answer: d.valueDependence.answer } : {}),
        }
      : null,
    estimate: a.estimate,
    products: a.products.map((p) => ({ hts: p.hts, description: p.description, rate: p.rateText, total: p.charges?.total ?? null })),
    inferred: a.inferred,
    missing: a.missing,
    ...(a.problems.length ? { problems: a.problems.map((i) => i.message) } : {}),
  };
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the product draft the extension captures on saved HTML pages',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, adapter: { type: 'string' }, pretty: { type: 'boolean' }, decide: { type: 'boolean' }, date: { type: 'string' } },
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('extract takes one FILE.html, several, or a folder; got none (see --help)');
    const only = values.adapter === undefined ? undefined : adapters.find((a) => a.id === values.adapter);
    if (values.adapter !== undefined && !only) throw new UsageError(`unknown adapter "${values.adapter}"; known: ${adapters.map((a) => a.id).join(', ')}`);
    if (values.url !== undefined) checkUrl(values.url, '--url');
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      throw new UsageError(`--date: expected a day YYYY-MM-DD, got "${values.date.slice(0, 40)}"`);
    const today = values.date ?? newYorkDateOf(Date.now());
    const shown = (draft: unknown) => (values.decide ? decideDraft(draft as Draft, today) : draft);
    const key = values.decide ? 'answer' : 'draft';

    const single =
      positionals.length === 1 &&
      (positionals[0] === '-' ||
        !(await stat(positionals[0]).then(
          (s) => s.isDirectory(),
          () => false,
        )));
    if (single) {
      const file = positionals[0];
      const text = file === '-' ? (await readText(file, false)).text : await readPage(file);
      const draft = draftOf(text, file === '-' ? 'stdin' : file, values.url, only);
      process.stdout.write(JSON.stringify(values.decide ? { file, answer: shown(draft) } : draft, null, values.pretty ? 2 : undefined) + '\n');
      return 0;
    }
    if (values.url !== undefined) throw new UsageError("--url names one page; with several pages each page's canonical URL is used");
    if (values.pretty) throw new UsageError('--pretty is for one page; several pages print one JSON line each');
    if (positionals.includes('-')) throw new UsageError('"-" (stdin) is one page; it cannot be combined with files');
    let failed = 0;
    for (const file of await pageFiles(positionals)) {
      let line: Record<string, unknown>;
      try {
        line = { file, [key]: shown(draftOf(await readPage(file), file, undefined, only, true)) };
      } catch (e) {
        // one unreadable page never stops the batch; anything but our own errors is a bug to report as such
        const message = e instanceof UsageError ? e.message : `${file}: extraction failed (${String((e as Error)?.message ?? e).slice(0, 200)})`;
        line = { file, error: message };
        process.stderr.write(termSafe(message) + '\n');
        failed++;
      }
      process.stdout.write(JSON.stringify(line) + '\n');
    }
    return failed > 0 ? 1 : 0;
  },
};

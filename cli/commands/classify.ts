// s321 classify FILE: likely HTS lines for products, from their titles, category paths and
// attributes (core/classify, offline). One JSON line in per product, one JSON line out; a bad
// line is reported with its number on stderr and the others go on.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { classify, prepareClassifier, CLASSIFIER_DATA, nearestName, type ProductText } from '../../core/index.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../io.ts';

const help = `Usage: s321 classify FILE [--limit N]
       s321 classify - [--limit N]        (products on stdin)

Ranks likely HTS numbers for products from what a shop page says about them, offline: reads one
JSON object a line,
  {"id": "sku-1", "title": "Gold plated hoop earrings", "breadcrumbs": ["Jewelry", "Earrings"],
   "attributes": {"Material": "Zinc Alloy"}}
("breadcrumbs", the shop's category path, and "attributes", its attribute table, are optional)
and prints one JSON line per product, in input order:
  {"id": "sku-1", "candidates": [{"hts": "7117199000", "description": "Imitation jewelry: ...", "score": 1}, ...]}
best first: 10-digit lines of the HTS (${CLASSIFIER_DATA.edition}) under at least five distinct
headings where the text matches that many; "score" is relative (the best is 1), not a
probability. These are candidates to choose from, not a ruling (docs/classify.md).
  --limit N   candidates per product (default 10, 1 to 50)
Exit codes: 0 every line classified; 1 some lines were bad (each reported on stderr as
"FILE:LINE: what is wrong"; the others are classified); 2 bad arguments or an unreadable file.`;

const KEYS = ['id', 'title', 'breadcrumbs', 'attributes'];

/** One input line as a product, or the reason it is not one. */
export function productOf(line: string): { ok: true; id: string | number; product: ProductText } | { ok: false; error: string } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, error: 'expected a JSON object such as {"id": "1", "title": "..."}' };
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KEYS.includes(k)) {
      const near = nearestName(k, KEYS);
      return { ok: false, error: `unknown key \`${k}\`: ${near ? `did you mean \`${near}\`?` : `expected one of ${KEYS.join(', ')}`}` };
    }
  }
  const id = o.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, error: `id: expected a string or a number, got ${describe(id)}` };
  if (typeof o.title !== 'string' || !o.title.trim())
    return { ok: false, error: `title: expected the product's title (a non-empty string), got ${describe(o.title)}` };
  const product: ProductText = { title: o.title };
  if (o.breadcrumbs !== undefined) {
    if (!Array.isArray(o.breadcrumbs)) return { ok: false, error: `breadcrumbs: expected an array of category names, got ${describe(o.breadcrumbs)}` };
    const bad = o.breadcrumbs.findIndex((b) => typeof b !== 'string');
    if (bad >= 0) return { ok: false, error: `breadcrumbs[${bad}]: expected a string, got ${describe(o.breadcrumbs[bad])}` };
    product.breadcrumbs = o.breadcrumbs as string[];
  }
  if (o.attributes !== undefined) {
    if (!o.attributes || typeof o.attributes !== 'object' || Array.isArray(o.attributes))
      return { ok: false, error: `attributes: expected an object of name-value pairs, got ${describe(o.attributes)}` };
    const attributes: Record<string, string> = {};
    for (const [k, a] of Object.entries(o.attributes)) {
      if (typeof a === 'string') attributes[k] = a;
      else if (typeof a === 'number' || typeof a === 'boolean') attributes[k] = String(a);
      else return { ok: false, error: `attributes.${k}: expected a string, got ${describe(a)}` };
    }
    product.attributes = attributes;
  }
  return { ok: true, id, product };
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.trim() ? `"${v.slice(0, 40)}"` : 'an empty string';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'rank likely HTS numbers for products from their titles, categories and attributes (JSON lines)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { limit: { type: 'string' } }, strict: true });
    if (positionals.length !== 1) throw new UsageError(`classify takes one FILE (or - for stdin), got ${positionals.length} (see --help)`);
    let limit = 10;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!/^\d+$/.test(values.limit) || limit < 1 || limit > 50) throw new UsageError(`--limit: expected a whole number from 1 to 50, got "${values.limit}"`);
    }
    const file = positionals[0];
    const name = file === '-' ? 'stdin' : file;
    let input: NodeJS.ReadableStream;
    if (file === '-') {
      if (process.stdin.isTTY) throw new UsageError('no input: give a FILE or pipe JSON lines on stdin (see --help)');
      input = process.stdin;
    } else {
      try {
        if ((await stat(file)).isDirectory()) throw new UsageError(`${file}: is a folder; expected a file of JSON lines`);
      } catch (e) {
        if (e instanceof UsageError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
      }
      input = createReadStream(file, { encoding: 'utf8' });
    }
    const classifier = prepareClassifier(CLASSIFIER_DATA);
    let n = 0;
    let bad = 0;
    let out = '';
    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      n++;
      const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (!line.trim()) continue;
      const p = productOf(line);
      if (!p.ok) {
        process.stderr.write(`${name}:${n}: ${p.error}\n`);
        bad++;
        continue;
      }
      out += JSON.stringify({ id: p.id, candidates: classify(classifier, p.product, { limit }).candidates }) + '\n';
      if (out.length > 1 << 16) {
        if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
        out = '';
      }
    }
    if (out) process.stdout.write(out);
    return bad > 0 ? 1 : 0;
  },
};

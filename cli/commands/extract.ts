// s321 extract FILE.html --url URL: runs the extension's adapters on a saved page in Node
// (linkedom gives them a document), for debugging an adapter and for batch use on saved pages.
// The same registry and adapters as the content script: what this prints is what the extension
// captures on that page.
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { adapters, extractPage } from '../../extension/adapters/registry.ts';
import type { Command } from '../command.ts';
import { readText, UsageError } from '../io.ts';

const help = `Usage: s321 extract FILE.html [--url URL] [--adapter ID] [--pretty]

Prints the draft the browser extension would capture on a saved page, as JSON: title, price,
currency, seller, ships-from and origin countries as the page states them (null with a note
when it does not). Nothing is fetched: the page is read from FILE (or stdin with "-").
  --url URL      the page's address; it picks the site adapter. Default: the page's
                 <link rel="canonical"> or og:url
  --adapter ID   use this adapter (${adapters.map((a) => a.id).join(', ')}) whatever the URL
  --pretty       indent the JSON
Exit codes: 0 a draft was printed, 2 bad arguments or unreadable file.`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the product draft the extension captures on a saved HTML page',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, adapter: { type: 'string' }, pretty: { type: 'boolean' } },
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError(`extract takes one FILE.html, got ${positionals.length} (see --help)`);
    const only = values.adapter === undefined ? undefined : adapters.find((a) => a.id === values.adapter);
    if (values.adapter !== undefined && !only) throw new UsageError(`unknown adapter "${values.adapter}"; known: ${adapters.map((a) => a.id).join(', ')}`);
    const { text, name } = await readText(positionals[0]);
    const { document } = parseHTML(text);
    const doc = document as unknown as Document;
    let url = values.url;
    if (url === undefined) {
      url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
      if (!url) throw new UsageError(`${name}: the page names no canonical URL; give one with --url https://...`);
    }
    try {
      const u = new URL(url);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
    } catch {
      throw new UsageError(`--url: expected an http(s) URL such as https://www.example.com/product/1, got "${url.slice(0, 200)}"`);
    }
    const r = extractPage(doc, url, only);
    if (!r.ok) throw new UsageError(`${name}: ${r.error}`);
    process.stdout.write(JSON.stringify(r.draft, null, values.pretty ? 2 : undefined) + '\n');
    return 0;
  },
};

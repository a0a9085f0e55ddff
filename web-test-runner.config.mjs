// Browser tests in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countReporter } from './test/count-reporter.mjs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The shared real pages live beside the repository (../shared) and may be absent (a fresh clone):
// a request for one that is not there gets a plain 404, which the tests read as "skip", instead
// of the dev server's ENOENT stack trace.
const SHARED_PREFIX = '/__wds-outside-root__/1/shared/';
const sharedDir = fileURLToPath(new URL('../shared/', import.meta.url));
function absentSharedFiles(ctx, next) {
  if (!ctx.path.startsWith(SHARED_PREFIX)) return next();
  if (existsSync(sharedDir + decodeURIComponent(ctx.path.slice(SHARED_PREFIX.length)))) return next();
  ctx.status = 404;
  ctx.body = 'not found';
}

/** A browser cannot list a folder: this path answers with the marketplace fixtures by site
 * ({"amazon": ["order", ...]}), read from test/fixtures/pages/<site>/ on each request, so a new
 * site's fixtures need no list of their own. */
const FIXTURE_INDEX = '/test/fixtures/pages/sites.json';
const PAGES = 'test/fixtures/pages';

function fixtureIndex(context, next) {
  if (context.path !== FIXTURE_INDEX) return next();
  const sites = {};
  for (const entry of readdirSync(PAGES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    sites[entry.name] = readdirSync(join(PAGES, entry.name))
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -5))
      .sort();
  }
  context.type = 'application/json';
  context.body = JSON.stringify(sites);
}

export default {
  files: ['test/browser/**/*.test.{ts,tsx}'],
  nodeResolve: true,
  rootDir: '.',
  // both: a merge had left two `middleware` keys, and the second silently dropped the first (found by
  // the linter, lint/suspicious/noDuplicateObjectKeys)
  middleware: [absentSharedFiles, fixtureIndex],
  plugins: [esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-quic',
        ],
      },
    }),
  ],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
};

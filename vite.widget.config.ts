// The checkout widget <de-minimis-check>: Vite library mode, one entry, two files:
//   dist-widget/de-minimis-check.js   IIFE for a plain <script src> tag (the size budget applies)
//   dist-widget/de-minimis-check.mjs  ES module for bundlers and <script type="module">
// A build-time substitution keeps the IIFE small without changing any decision:
//   1. the bundled rule set ships without its editorial fields (notes, descriptions, URLs):
//      nothing in a decision reads them (test/node/widget/trim-rules.test.ts compares
//      decisions); the bundled tariff set likewise ships without summaries, notes and URLs
//      (widget/build/trim-tariffs.ts; test/node/widget/trim-tariffs.test.ts compares estimates).
// and four that only change how the same code and data are written (docs/widget.md "Size"):
//   2. widget/src/strings.ts (the locale tables) ships packed: one string per locale, keys once,
//      the Chinese table coded with a dictionary of its characters instead of \u escapes
//      (widget/build/pack-strings.ts; test/node/widget/pack-strings.test.ts unpacks it and
//      compares with the source tables).
//   3. core/geo/countries.ts (the ISO country list) ships as one bit per pair of capitals
//      (widget/build/pack-countries.ts; test/node/widget/pack-countries.test.ts compares every
//      answer with the source list).
//   4. `preact/jsx-runtime` resolves to widget/src/jsx-runtime.ts, which builds the view's
//      elements with preact's createElement instead of a second vnode constructor
//      (test/browser/widget/jsx-runtime.test.ts compares the vnodes).
//   5. the request contract's checker is written as calls of core/contract/checker.ts's node
//      builders (scripts/gen-contracts.ts, hot: false) instead of one generated function per
//      object: the same checks and messages in fewer bytes, and the widget ships no spec; it
//      checks one order at a time.
// No zod is bundled: requests and the `rules` property are checked by the checkers derived from
// the zod contracts (core/contract/checker.ts; a test fails if zod code appears in the IIFE).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { defaultRules } from './core/rules/default-rules.ts';
import { generate, TARGETS } from './scripts/gen-contracts.ts';
import { trimRuleSet } from './widget/build/trim-rules.ts';
import { defaultTariffs } from './core/charges/default-tariffs.ts';
import { trimTariffSet } from './widget/build/trim-tariffs.ts';
import { packedStringsModule } from './widget/build/pack-strings.ts';
import { packedCountriesModule } from './widget/build/pack-countries.ts';
import { isCountry } from './core/geo/countries.ts';
import { LOCALES, STRINGS } from './widget/src/strings.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DEFAULT_RULES = here('./core/rules/default-rules.ts');
const DEFAULT_TARIFFS = here('./core/charges/default-tariffs.ts');
const STRINGS_MODULE = here('./widget/src/strings.ts');
const COUNTRIES = here('./core/geo/countries.ts');
const JSX_RUNTIME = here('./widget/src/jsx-runtime.ts');
const CONTRACTS = new Map(TARGETS.map((t) => [here(`./${t.file}`), t]));

function widgetSubstitutions(): Plugin {
  return {
    name: 's321-widget-substitutions',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'preact/jsx-runtime' && importer !== JSX_RUNTIME) return JSX_RUNTIME;
      return null;
    },
    load(id) {
      if (id === DEFAULT_RULES) return `export const defaultRules = ${JSON.stringify(trimRuleSet(defaultRules))};`;
      if (id === DEFAULT_TARIFFS) return `export const defaultTariffs = ${JSON.stringify(trimTariffSet(defaultTariffs))};`;
      if (id === STRINGS_MODULE) return packedStringsModule(LOCALES, STRINGS, ['zh-Hans']);
      if (id === COUNTRIES) return packedCountriesModule(isCountry);
      const contract = CONTRACTS.get(id);
      if (contract) return generate({ ...contract, hot: false });
      return null;
    },
  };
}

export default defineConfig({
  plugins: [widgetSubstitutions()],
  build: {
    outDir: 'dist-widget',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: 'widget/src/element.ts',
      name: 'DeMinimisCheck',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'de-minimis-check.mjs' : 'de-minimis-check.js'),
    },
    // ASCII output: a host page without <meta charset> must not show mojibake
    // no Symbol.toStringTag / __esModule marker on the IIFE's namespace object (window.DeMinimisCheck):
    // nothing reads them, and they cost 32 bytes gzip
    // Preact's internal fields (`__k`, `__e`, `__`, ... on its vnodes, components, options hooks
    // and the DOM nodes it renders into) renamed to one letter by oxc: the bundled Preact is
    // private to the widget (nothing outside reads its vnodes or `options`), the names are only
    // its own, and oxc keeps clear of every property name the bundle uses unrenamed: 45 bytes gzip
    rolldownOptions: {
      output: { charset: 'ascii', generatedCode: { symbols: false }, esModule: false, minify: { mangleProps: { include: /^__[a-zA-Z]?$/ } } },
    },
    sourcemap: process.env.WIDGET_SOURCEMAP === '1',
  },
  logLevel: 'warn',
});

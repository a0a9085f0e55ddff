// The checkout widget <de-minimis-check>: Vite library mode, one entry, two files:
//   dist-widget/de-minimis-check.js   IIFE for a plain <script src> tag (the size budget applies)
//   dist-widget/de-minimis-check.mjs  ES module for bundlers and <script type="module">
// The widget imports the compact forms of its data by name (widget/src/bundled.ts: the rule set
// and the tariff set without the fields no decision reads; widget/src/locales.ts: the locale
// tables packed; core/geo/countries.ts reads the packed country list for every door alike):
// committed generated modules (`npm run gen:page-data`, scripts/gen-page-data.ts), not
// substitutions. What this build still substitutes only changes how the same code is written
// (docs/widget.md "Size"):
//   `preact/jsx-runtime` resolves to widget/src/jsx-runtime.ts, which builds the view's
//      elements with preact's createElement instead of a second vnode constructor
//      (test/browser/widget/jsx-runtime.test.ts compares the vnodes).
// No zod is bundled: requests and the `rules` property are checked by the checkers derived from
// the zod contracts (core/contract/checker.ts; a test fails if zod code appears in the IIFE).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const JSX_RUNTIME = here('./widget/src/jsx-runtime.ts');

function widgetSubstitutions(): Plugin {
  return {
    name: 's321-widget-substitutions',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'preact/jsx-runtime' && importer !== JSX_RUNTIME) return JSX_RUNTIME;
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

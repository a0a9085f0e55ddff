// The command line: one self-contained ESM file (core, zod and the CSV libraries inlined), so
// `npx s321` needs no runtime dependencies and no TypeScript loader.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The built file is a command: a rebuild writes a new file, which would lose the executable
 * bit npm set at install, so `./dist-cli/s321.mjs` would fail with "Permission denied". */
function executable(): Plugin {
  return {
    name: 's321-executable',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) if (name.endsWith('.mjs')) chmodSync(join(options.dir ?? 'dist-cli', name), 0o755);
    },
  };
}

export default defineConfig({
  plugins: [executable()],
  build: {
    ssr: 'cli/s321.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    // minified without renaming: the package is a quarter smaller, and a stack trace in a bug
    // report still names the functions (figures in docs/library.md)
    rolldownOptions: {
      output: { entryFileNames: 's321.mjs', banner: '#!/usr/bin/env node', minify: { compress: true, mangle: false, codegen: { removeWhitespace: true } } },
    },
  },
  ssr: { noExternal: true, target: 'node' },
  logLevel: 'warn',
});

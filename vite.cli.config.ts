// The command line: one self-contained ESM file (core, zod and the CSV libraries inlined), so
// `npx s321` needs no runtime dependencies and no TypeScript loader (stack notes, section 7).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'cli/s321.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { entryFileNames: 's321.mjs', banner: '#!/usr/bin/env node' } },
  },
  ssr: { noExternal: true, target: 'node' },
  logLevel: 'warn',
});

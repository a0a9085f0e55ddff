// The core as it ships (one bundle, as in dist-cli and the widget), for the benches that time the
// engine: bench/bench-core.ts's entry points built into `dir`. Run through a TypeScript loader
// instead, every cross-module call goes through an export getter and the same engine measures
// about half as fast, which would be a figure about the loader, not the engine.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Builds the bundle into `dir`; returns its file URL (to import, or to hand to a child). */
export async function bundleCore(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'bench/bench-core.ts',
      outDir: dir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'core.mjs' } },
    },
    ssr: { noExternal: true },
  });
  return pathToFileURL(join(dir, 'core.mjs')).href;
}

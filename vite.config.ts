// The browser extension build: one root manifest.json with source paths and no host lists,
// completed per target by scripts/extension-manifest.ts with the marketplaces' match patterns
// from the adapter registry. TARGET_BROWSER=chrome (default) -> dist/ with a module service
// worker; TARGET_BROWSER=firefox -> dist-firefox/ with background scripts and gecko settings.
// The content script is built standalone (one IIFE, no web_accessible_resources), so pages
// cannot detect the extension through exposed files.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import { marketplaceHosts } from './extension/adapters/registry.ts';
import { extensionManifest } from './scripts/extension-manifest.ts';

const target = process.env.TARGET_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const manifest = extensionManifest(manifestJson, marketplaceHosts(), target);

export default defineConfig({
  plugins: [
    crx({
      manifest: manifest as unknown as ManifestV3Export,
      browser: target,
      contentScripts: { standaloneFiles: ['extension/content.ts'] },
    }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // Vite's modulepreload polyfill calls fetch(); the extension makes no request at all
    modulePreload: { polyfill: false },
    // ASCII output: a page without <meta charset> must not garble our strings
    rolldownOptions: { output: { charset: 'ascii' } },
  },
  server: { port: 5173, strictPort: true },
});

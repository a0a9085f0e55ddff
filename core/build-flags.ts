// Build-time switches of the core.
//
// FAST keeps the speed-only fast paths: parseAmount's digit loop, the plain-number arithmetic of
// usdAdd and usdCompare, and the memo of parseDateOrInstant. Each one duplicates a reference path
// that gives the same answers, only slower, so the CLI and the library keep them (`npm run bench`)
// and the widget build substitutes `false` to ship only the reference paths (vite.widget.config.ts;
// test/node/core/fast-paths.test.ts holds every fast path equal to its reference path).
export const FAST: boolean = true;

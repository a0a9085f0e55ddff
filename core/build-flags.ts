// Build-time switches of the core.
//
// FAST keeps the speed-only shortcuts of the hot path: parseAmount's digit loop; the plain-number
// arithmetic of usdAdd, usdCompare, usdFraction and toUsd; the memos of parseDateOrInstant and
// chooseRate; usdText's digit loop; and the evaluator's and normalizer's skips of empty sets and
// lists and of work whose answer is already known. Each one duplicates a reference path that gives
// the same answers, only slower, so the CLI and the library keep them (`npm run bench`) and the
// widget build substitutes `false` to ship only the reference paths (vite.widget.config.ts).
// test/node/core/money/fast-paths.test.ts holds them equal: each shortcut against its reference,
// then thousands of requests evaluated again in a process whose core reads FAST = false.
export const FAST: boolean = true;

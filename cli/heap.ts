// The V8 heap setting of `s321 export`: process-wide, so applied once at the command's start
// (cli/commands/export.ts), apart from the export pipeline itself.
import { setFlagsFromString } from 'node:v8';

/** The old generation may grow to this percentage above the live heap between full collections.
 *
 * Why: the export's live heap is small and flat (the open days' rows), but V8 lets the old
 * generation grow to up to four times the live heap before a full collection when memory looks
 * plentiful, and that growth, not the live data, made the peak RSS; with 50% the heap is
 * collected sooner, and each full collection is cheap because little is live (figures in
 * docs/records.md, "Performance"). V8 reads the flag at every full collection, so setting it at
 * run time works; where it would not (another engine version), the export only uses more
 * memory. A heap flag the user gave (NODE_OPTIONS or node's own options) wins. */
export const HEAP_GROWING_PERCENT = 50;

let heapTuned = false;

/** Applies HEAP_GROWING_PERCENT once per process, unless the user set a heap flag. */
export function tuneHeapForExport(): void {
  if (heapTuned) return;
  heapTuned = true;
  const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  if (/--(heap-growing-percent|max-old-space-size|max-heap-size)\b/.test(given)) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

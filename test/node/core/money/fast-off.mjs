// Loads the core with its speed-only fast paths off, as the widget build has it: every import of
// core/build-flags.ts reads `FAST = false` (node --import tsx --import ./fast-off.mjs ...).
import { register } from 'node:module';

const hook = `export async function load(url, context, next) {
  if (new URL(url).pathname.endsWith('/core/build-flags.ts')) return { format: 'module', source: 'export const FAST = false;', shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

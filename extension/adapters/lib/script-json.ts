// JSON a page embeds in its inline scripts for its own code (`window.runParams = {...}`), read
// within a budget, and safe steps into what it holds. Pure.
import { cleanText } from './text.ts';

/** What one scriptJson call may read: scripts over MAX_SCRIPT characters are skipped, at most
 * MAX_SCRIPTS_TOTAL characters of script text are searched, at most MAX_OPENINGS openings per
 * script are tried, and the brace matching after all openings together reads at most
 * MAX_MATCHING characters. Why: a page of 40 one-megabyte scripts, each opening the same
 * marker 20 times without closing it, took 0.8 to 1 s per call when every opening was matched
 * to the end of its script; the budgets make the cost linear in what a real page holds. */
export const SCRIPT_BUDGET = { MAX_SCRIPT: 3_000_000, MAX_SCRIPTS_TOTAL: 12_000_000, MAX_OPENINGS: 20, MAX_MATCHING: 4_000_000 } as const;

/** Finds `marker` in the page's inline scripts and parses the JSON object or array that follows
 * it (`window.runParams = {...}`). Bounded by SCRIPT_BUDGET. null when absent or not valid JSON. */
export function scriptJson(doc: Document, marker: RegExp, selector = 'script:not([src])'): unknown {
  const re = new RegExp(marker.source, marker.flags.includes('g') ? marker.flags : marker.flags + 'g');
  let searched = 0;
  const matching = { left: SCRIPT_BUDGET.MAX_MATCHING };
  for (const s of doc.querySelectorAll(selector)) {
    const text = s.textContent ?? '';
    if (text.length > SCRIPT_BUDGET.MAX_SCRIPT) continue;
    searched += text.length;
    if (searched > SCRIPT_BUDGET.MAX_SCRIPTS_TOTAL || matching.left <= 0) return null;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let tries = 0;
    while (tries++ < SCRIPT_BUDGET.MAX_OPENINGS && (m = re.exec(text))) {
      let i = m.index + m[0].length;
      while (i < text.length && /[\s=:(]/.test(text[i])) i++;
      const body = balanced(text, i, matching);
      if (!body) {
        if (matching.left <= 0) return null;
        continue;
      }
      try {
        return JSON.parse(body);
      } catch {
        continue;
      }
    }
  }
  return null;
}

/** The balanced {...} or [...] starting at `start`, honouring JSON strings; null when unbalanced
 * or when it would read more than `budget.left` characters (which it spends). */
function balanced(text: string, start: number, budget: { left: number }): string | null {
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + budget.left);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        budget.left -= i + 1 - start;
        return text.slice(start, i + 1);
      }
    }
  }
  budget.left -= end - start;
  return null;
}

/** obj.a.b.c without throwing; undefined when any step is missing. */
export function dig(obj: unknown, ...path: Array<string | number>): unknown {
  let v: unknown = obj;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

export function str(v: unknown, max = 300): string | null {
  return typeof v === 'string' || typeof v === 'number' ? cleanText(String(v), max) : null;
}

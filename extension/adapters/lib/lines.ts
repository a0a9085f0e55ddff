// The lines of an element's text as a person reads them (address blocks). Pure.
import { cleanText } from './text.ts';

/** Lines of an element's text, split at <br>, block children and list items (address blocks). */
export function linesOf(el: Element | null | undefined): string[] {
  if (!el) return [];
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cleanText(cur, 200);
    if (t) out.push(t);
    cur = '';
  };
  // an explicit stack, not recursion: a hostile page may nest an address block 20,000 deep,
  // past the call stack. A string on the stack is text to add when it is reached
  // (the spaces and line breaks around an element); an element is walked.
  const BREAK = '\n';
  // a line keeps at most what cleanText reads (8 x 200 characters); one space stands for any run
  // of element boundaries, so 20,000 nested spans do not push the words out of that window
  const add = (t: string) => {
    if (cur.length > 1600) return;
    if (t === ' ' && (cur === '' || cur.endsWith(' '))) return;
    cur += t;
  };
  const stack: Array<Node | string> = [el];
  let first = true;
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      if (n === BREAK) flush();
      else add(n);
      continue;
    }
    if (!first) {
      if (n.nodeType === 3) {
        add(n.textContent ?? '');
        continue;
      }
      if (n.nodeType !== 1) continue;
      const tag = (n as Element).tagName.toLowerCase();
      if (tag === 'br') {
        flush();
        continue;
      }
      if (tag === 'script' || tag === 'style') continue;
      const block = /^(div|p|li|dd|dt|tr|ul|ol|address)$/.test(tag);
      if (block) flush();
      else add(' ');
      stack.push(block ? BREAK : ' ');
    }
    first = false;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out.slice(0, 12);
}

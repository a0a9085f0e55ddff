// Locale matching and message filling for the widget. The tables are written in strings.ts and
// shipped packed (strings.generated.ts: one string per locale, keys once, written by
// `npm run gen:page-data`; test/node/widget/pack-strings.test.ts unpacks and compares them).

import * as packed from './strings.generated.ts';
import type { Locale, Strings } from './strings.ts';
export type { Locale, Strings };
export { fill } from '../../core/page.ts';

export const LOCALES = packed.LOCALES as readonly Locale[];
export const STRINGS = packed.STRINGS as Readonly<Record<Locale, Strings>>;

/** The supported locale for a BCP 47 tag: "es-MX" -> es, "zh", "zh-CN", "zh-Hans-SG" -> zh-Hans;
 * null when none fits (the caller falls back to English). */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (t === 'es' || t.startsWith('es-')) return 'es';
  // Traditional Chinese (zh-Hant, zh-TW, zh-HK) is not offered: Simplified is closer than English
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-Hans';
  return null;
}

// Locale matching and message filling for the widget. The tables themselves are in
// strings.ts (data only, so the widget build can pack them: widget/build/pack-strings.ts).

export { LOCALES, STRINGS, type Locale, type Strings } from './strings.ts';
export { fill } from '../../core/evaluate/reason-texts.ts';
import type { Locale } from './strings.ts';

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

// Plain words for the popup's answer: charge programs by name (ids stay in the details' small
// print), and money and percentages formatted by Intl for the shopper's language. Pure.
import type { Language } from '../storage/schema.ts';

/** The programs of core's tariff data (core/charges/default-tariffs.ts) and the duty layers a
 * shopper or a classifier supplies, by name. An id not listed shows as itself. */
const PROGRAMS: Record<Language, Record<string, string>> = {
  en: {
    mfn: 'Regular customs duty',
    ieepa: 'Emergency tariffs (IEEPA)',
    'section-122': 'Import surcharge (Section 122)',
    'section-301-forced-labor': 'Forced-labor tariff (Section 301)',
    'section-301-brazil': 'Tariff on goods of Brazil (Section 301)',
    'section-301-china': 'Tariff on goods of China (Section 301)',
    'section-232': 'Steel, aluminium and other metals tariff (Section 232)',
    'postal-duty': 'Postal duty',
    mpf: 'Customs processing fee',
  },
  es: {
    mfn: 'Arancel aduanero ordinario',
    ieepa: 'Aranceles de emergencia (IEEPA)',
    'section-122': 'Recargo a la importación (Sección 122)',
    'section-301-forced-labor': 'Arancel por trabajo forzoso (Sección 301)',
    'section-301-brazil': 'Arancel a productos de Brasil (Sección 301)',
    'section-301-china': 'Arancel a productos de China (Sección 301)',
    'section-232': 'Arancel al acero, aluminio y otros metales (Sección 232)',
    'postal-duty': 'Arancel postal',
    mpf: 'Tasa de tramitación aduanera',
  },
  'zh-Hans': {
    mfn: '普通关税',
    ieepa: '紧急关税（IEEPA）',
    'section-122': '进口附加税（第 122 条）',
    'section-301-forced-labor': '强迫劳动关税（第 301 条）',
    'section-301-brazil': '巴西商品关税（第 301 条）',
    'section-301-china': '中国商品关税（第 301 条）',
    'section-232': '钢铝等金属关税（第 232 条）',
    'postal-duty': '邮政关税',
    mpf: '海关处理费',
  },
};

export function programName(id: string, lang: Language): string {
  return PROGRAMS[lang]?.[id] ?? PROGRAMS.en[id] ?? id;
}

/** A USD amount ("28.75") in the language's form ("$28.75", "28,75 US$", "US$28.75"). */
export function usd(amount: string | number, lang: Language, whole = false): string {
  const n = typeof amount === 'number' ? amount : Number(amount);
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) }).format(
    n,
  );
}

/** A percent given as a decimal string ("12.5") in the language's form ("12.5%", "12,5 %"). */
export function percent(rate: string | number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 3 }).format(Number(rate) / 100);
}

/** A plain number in the language's form. */
export function decimal(value: string | number, lang: Language): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(Number(value));
}

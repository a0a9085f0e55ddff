// The widget's words, per locale (English, Spanish, Simplified Chinese). The core writes English
// prose on every reason (core/evaluate/messages.ts); the widget does not show it: it translates by
// reason code and the numbers carried on the reason, with the reason sentences of
// core/evaluate/reason-texts.ts (the extension's popup uses the same), so these tables stay short
// and the bundle carries no long prose (style.md, "Widget"). Placeholders: {v} value, {l} limit,
// {s} since, {d} date, {n} count, {r} rules version.
//
// Data only: the widget ships a packed form of the same tables (strings.generated.ts, imported by
// locales.ts; widget/build/pack-strings.ts: one string per locale, keys listed once, reason
// sentences included), which test/node/widget/pack-strings.test.ts holds equal to these objects.
import { REASON_TEXTS } from '../../core/page.ts';

export type Locale = 'en' | 'es' | 'zh-Hans';
export const LOCALES: readonly Locale[] = ['en', 'es', 'zh-Hans'];

export interface Strings {
  /** accessible name of the widget */
  title: string;
  ok: string;
  due: string;
  err: string;
  errText: string;
  /** what the outcome means for the shopper, keyed by exemption or, when dutiable, by entry */
  mean: Record<string, string>;
  /** "{v} of the {l} limit" */
  meter: string;
  /** value without a limit to compare with (the exemption is suspended or repealed) */
  value: string;
  /** details: when the reason's rule took effect, for a sentence without a date */
  since: string;
  /** details: the day a later instrument re-stated what the sentence says */
  restated: string;
  more: string;
  check: string;
  /** heading of the list of the shipment's items in the disclosure */
  items: string;
  foot: string;
  /** the charges of a dutiable order: "{v}" total; at least {v} when not every layer is known */
  est: string;
  estMin: string;
  /** an estimate whose known part is $0.00 */
  estUnk: string;
  /** "duty {d}, fees {f}" */
  split: string;
  /** why an estimate is a minimum */
  part: string;
  /** a carrier's own charge line, which the total leaves out */
  carrier: string;
  /** one line on what de minimis is, where the card first names it */
  dm: string;
  /** charge programs by name (program id -> name; an id not listed is shown as it is) */
  p: Record<string, string>;
  /** the citation of a duty layer the merchant gave with the item */
  own: string;
  /** reason code -> short sentence (core/evaluate/reason-texts.ts) */
  r: Readonly<Record<string, string>>;
  /** the error state: what to fix, by the attribute or field that was wrong */
  fix: Record<string, string>;
}

const en: Strings = {
  title: 'US import duties',
  ok: 'Duty-free',
  due: 'Duties apply',
  err: 'Cannot check this order',
  errText: 'Duty information is not available for this order.',
  mean: {
    'de-minimis': 'No US duties or import taxes are expected for this order.',
    gift: 'It enters the US duty-free as a bona fide gift.',
    'informational-material': 'Informational materials enter the US duty-free.',
    'carve-out-1702b': 'Informational materials and donations enter the US duty-free.',
    'not-an-import': 'Ships within the US: no import duties or customs entry.',
    informal: 'US duties and taxes apply, and a customs entry (informal, type 11) is needed; the carrier may collect them at delivery.',
    formal: 'US duties and taxes apply, and a formal customs entry (type 01) is needed.',
    postal: 'US duties apply; the postal carrier collects them.',
  },
  meter: '{v} of the {l} limit',
  value: 'Order value: {v}',
  since: 'in force since {d}',
  restated: 'confirmed {d}',
  more: 'Why? All reasons ({n})',
  check: 'Check',
  items: 'Items checked',
  foot: 'Rules of {r}, arrival {d}. An estimate, not legal advice.',
  est: 'Estimated US import charges: {v}',
  estMin: 'Estimated US import charges: at least {v}',
  estUnk: 'Estimated US import charges: not known',
  split: 'duty {d}, fees {f}',
  part: 'Not every duty rate of this order is known, so the estimate is a minimum.',
  carrier: 'carrier charge, not included',
  dm: 'De minimis (Section 321): low-value orders enter the US duty-free.',
  p: {
    mfn: 'MFN duty',
    ieepa: 'IEEPA duty',
    'section-122': 'Section 122',
    'section-301-forced-labor': 'Section 301 (forced labor)',
    'section-301-brazil': 'Section 301 (Brazil)',
    'postal-duty': 'Postal duty',
    mpf: 'Processing fee',
    hmf: 'Harbor fee',
  },
  own: 'HTSUS (rate given with the item)',
  r: REASON_TEXTS.en,
  fix: {
    value: 'Enter a price.',
    currency: 'Choose a currency.',
    origin: 'Choose the country of origin.',
    'ship-from': 'Choose the ship-from country.',
    arrival: 'Pick an arrival date.',
    mode: 'Choose a shipping mode.',
    kind: 'Choose purchase or gift.',
    rates: 'Add an exchange rate for this date.',
  },
};

const es: Strings = {
  title: 'Aranceles de importación de EE. UU.',
  ok: 'Libre de aranceles',
  due: 'Se aplican aranceles',
  err: 'No se puede verificar este pedido',
  errText: 'La información sobre aranceles no está disponible para este pedido.',
  mean: {
    'de-minimis': 'No se esperan aranceles ni impuestos de importación de EE. UU. para este pedido.',
    gift: 'Entra en EE. UU. libre de aranceles como regalo auténtico.',
    'informational-material': 'Los materiales informativos entran en EE. UU. libres de aranceles.',
    'carve-out-1702b': 'Los materiales informativos y las donaciones entran en EE. UU. libres de aranceles.',
    'not-an-import': 'Se envía dentro de EE. UU.: sin aranceles de importación ni declaración de aduana.',
    informal:
      'Se aplican aranceles e impuestos de EE. UU. y se requiere una declaración de aduana (informal, tipo 11); el transportista puede cobrarlos en la entrega.',
    formal: 'Se aplican aranceles e impuestos de EE. UU. y se requiere una declaración de aduana formal (tipo 01).',
    postal: 'Se aplican aranceles de EE. UU.; los cobra el servicio postal.',
  },
  meter: '{v} de un límite de {l}',
  value: 'Valor del pedido: {v}',
  since: 'vigente desde el {d}',
  restated: 'confirmado el {d}',
  more: '¿Por qué? Todos los motivos ({n})',
  check: 'Verificar',
  items: 'Artículos verificados',
  foot: 'Normas del {r}, llegada el {d}. Estimación, no asesoramiento jurídico.',
  est: 'Cargos de importación estimados de EE. UU.: {v}',
  estMin: 'Cargos de importación estimados de EE. UU.: al menos {v}',
  estUnk: 'Cargos de importación estimados de EE. UU.: sin calcular',
  split: 'aranceles {d}, tasas {f}',
  part: 'No se conocen todos los aranceles de este pedido, así que la estimación es un mínimo.',
  carrier: 'cargo del transportista, no incluido',
  dm: 'De minimis (sección 321): los pedidos de poco valor entran en EE. UU. libres de aranceles.',
  p: {
    mfn: 'Arancel NMF',
    ieepa: 'Arancel IEEPA',
    'section-122': 'Sección 122',
    'section-301-forced-labor': 'Sección 301 (trabajo forzoso)',
    'section-301-brazil': 'Sección 301 (Brasil)',
    'postal-duty': 'Arancel postal',
    mpf: 'Tasa de tramitación',
    hmf: 'Tasa portuaria',
  },
  own: 'HTSUS (tipo indicado con el artículo)',
  r: REASON_TEXTS.es,
  fix: {
    value: 'Indique un precio.',
    currency: 'Elija una moneda.',
    origin: 'Elija el país de origen.',
    'ship-from': 'Elija el país de envío.',
    arrival: 'Elija una fecha de llegada.',
    mode: 'Elija un modo de envío.',
    kind: 'Elija compra o regalo.',
    rates: 'Añada un tipo de cambio para esta fecha.',
  },
};

const zh: Strings = {
  title: '美国进口关税',
  ok: '免税',
  due: '需缴关税',
  err: '无法核查此订单',
  errText: '暂无此订单的关税信息。',
  mean: {
    'de-minimis': '此订单预计无需缴纳美国关税或进口税。',
    gift: '作为真实礼品，可免税进入美国。',
    'informational-material': '信息材料可免税进入美国。',
    'carve-out-1702b': '信息材料和捐赠物品可免税进入美国。',
    'not-an-import': '在美国境内寄送：无需缴纳进口关税，也无需报关。',
    informal: '需缴纳美国关税和税费，并需办理海关报关（非正式报关，类型 11）；承运人可能在派送时收取。',
    formal: '需缴纳美国关税和税费，并需办理正式海关报关（类型 01）。',
    postal: '需缴纳美国关税，由邮政承运人代收。',
  },
  meter: '{v}，限额 {l}',
  value: '订单价值：{v}',
  since: '自 {d} 起生效',
  restated: '{d} 确认',
  more: '原因（共 {n} 条）',
  check: '请核实',
  items: '已核查商品',
  foot: '规则版本 {r}，到达日期 {d}。仅为估算，不构成法律意见。',
  est: '预计美国进口费用：{v}',
  estMin: '预计美国进口费用：至少 {v}',
  estUnk: '预计美国进口费用：暂未知',
  split: '关税 {d}，费用 {f}',
  part: '此订单的部分税率未知，因此估算为最低金额。',
  carrier: '承运人费用，未计入',
  dm: '最低免税额（第 321 条）：低价值订单可免税进入美国。',
  p: {
    mfn: '最惠国关税',
    ieepa: 'IEEPA 关税',
    'section-122': '第 122 条',
    'section-301-forced-labor': '第 301 条（强迫劳动）',
    'section-301-brazil': '第 301 条（巴西）',
    'postal-duty': '邮政关税',
    mpf: '处理费',
    hmf: '港口费',
  },
  own: 'HTSUS（随商品提供的税率）',
  r: REASON_TEXTS['zh-Hans'],
  fix: {
    value: '请输入价格。',
    currency: '请选择币种。',
    origin: '请选择商品的原产国。',
    'ship-from': '请选择发货国家。',
    arrival: '请选择到达日期。',
    mode: '请选择运输方式。',
    kind: '请选择购买或礼品。',
    rates: '请添加该日期的汇率。',
  },
};

export const STRINGS: Record<Locale, Strings> = { en, es, 'zh-Hans': zh };

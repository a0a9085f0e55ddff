// The reasons of a decision in the shopper's language (English, Spanish, Simplified Chinese): one
// short sentence per reason code, filled with the numbers the reason carries. The one place both
// the widget and the extension's popup take their reason wording from; the long English prose of
// a reason (its `message`, core/evaluate/messages.ts) stays for programs and the command line.
// Placeholders: {v} the value compared, {l} the limit, {s} the day the reported status began (the
// reason's `since`, else its rule's `effective`): "suspended since Aug 29, 2025". A reason carries
// one date in its sentence ({d}: the day of the exchange rate a currency reason reports); its citation, rule id and re-statement stay in the details.
//
// Data and two small functions, no Intl: each door formats amounts and days for its locale. The
// widget's bundle takes these tables through widget/src/strings.ts, packed at build time
// (widget/build/pack-strings.ts), so this module's object literals do not ship twice.
import type { Reason } from './evaluate.ts';
import type { ReasonCode } from './reason-codes.ts';

export type ReasonLocale = 'en' | 'es' | 'zh-Hans';
export const REASON_LOCALES: readonly ReasonLocale[] = ['en', 'es', 'zh-Hans'];

type Texts = Readonly<Record<ReasonCode, string>>;

const en: Texts = {
  DE_MINIMIS_WITHIN_LIMIT: '{v} is within the {l} de minimis limit.',
  OVER_LIMIT: '{v} is over the {l} de minimis limit.',
  SAME_DAY_AGGREGATE: 'Shipments to the same person arriving the same day add up to {v}.',
  SPLIT_ORDER: 'The lots of this order add up to {v}; to be safe they count as one shipment.',
  SUSPENDED_CN_HK: 'De minimis has been suspended for goods made in China or Hong Kong since {s}.',
  SUSPENDED_ALL_COUNTRIES: 'De minimis has been suspended for goods from all countries since {s}.',
  REPEALED: 'The law repealed de minimis for purchases on {s}.',
  EXCLUDED_ADCVD: 'Goods under antidumping or countervailing duties never qualify.',
  EXCLUDED_QUOTA: 'Goods under an import quota never qualify.',
  EXCLUDED_EXCISE: 'Goods owing federal excise tax never qualify.',
  EXCLUDED_PGA_FEE: 'Goods owing a US agency fee do not qualify.',
  GIFT_WITHIN_LIMIT: 'A bona fide gift: {v} is within the {l} gift limit.',
  GIFT_OVER_LIMIT: 'Gifts total {v}, over the {l} gift limit.',
  GIFT_NOT_ELIGIBLE: 'This shipment does not qualify as a bona fide gift.',
  GIFT_INFORMAL_ENTRY: 'Entered duty-free on an informal entry.',
  INFORMATIONAL_MATERIAL: 'Informational materials stay exempt: {v} is within {l}.',
  CARVE_OUT_1702B: 'Informational materials and donations stay exempt: {v} is within {l}.',
  NOT_AN_IMPORT: 'Shipped from inside the US: not an import.',
  FORMAL_ENTRY_REQUIRED: 'Over {l}: a formal customs entry (type 01) is needed.',
  INFORMAL_ENTRY: 'Up to {l}: an informal customs entry (type 11) with duties.',
  POSTAL_DUTY: 'Mail: the postal carrier collects the duty.',
  CURRENCY_CONVERTED: 'Converted to US dollars at the CBP certified rate.',
  CURRENCY_APPROXIMATE: "Converted at an approximate exchange rate of {d}; CBP's certified rate may differ.",
  CURRENCY_SHOWN: "The shop's US dollar price ({v}) was used; CBP's certified rate may differ.",
  CURRENCY_NO_RATE: 'No exchange rate for this price; the duty-free answer does not depend on it.',
  TOO_CLOSE_TO_CALL: "{v} at an approximate rate is within 5% of the {l} limit: too close to call; CBP's certified rate decides.",
  NO_RULE: 'No rule covers this date; treated as dutiable.',
  HTS_HINT_ALCOHOL: 'The HTS number is an alcoholic beverage.',
  HTS_HINT_TOBACCO: 'The HTS number is a tobacco product.',
  HTS_HINT_PERFUME: 'The HTS number is perfume, counted as containing alcohol.',
  HTS_HINT_INFORMATIONAL: 'The HTS number is (or may be) informational material.',
  HTS_HINT_FISHING_ARCHERY: 'The HTS number is fishing or archery gear.',
  SUSPENSION_REACH_UNSETTLED: 'Its reach to US island territories is unsettled.',
};

const es: Texts = {
  DE_MINIMIS_WITHIN_LIMIT: '{v} está dentro del límite de minimis de {l}.',
  OVER_LIMIT: '{v} supera el límite de minimis de {l}.',
  SAME_DAY_AGGREGATE: 'Los envíos a la misma persona que llegan el mismo día suman {v}.',
  SPLIT_ORDER: 'Las partes de este pedido suman {v}; por prudencia cuentan como un solo envío.',
  SUSPENDED_CN_HK: 'El régimen de minimis está suspendido para productos de China o Hong Kong desde el {s}.',
  SUSPENDED_ALL_COUNTRIES: 'El régimen de minimis está suspendido para productos de todos los países desde el {s}.',
  REPEALED: 'La ley derogó el régimen de minimis para compras el {s}.',
  EXCLUDED_ADCVD: 'Los productos con derechos antidumping o compensatorios nunca califican.',
  EXCLUDED_QUOTA: 'Los productos sujetos a cuota de importación nunca califican.',
  EXCLUDED_EXCISE: 'Los productos con impuestos especiales nunca califican.',
  EXCLUDED_PGA_FEE: 'Los productos que deben una tasa de una agencia de EE. UU. no califican.',
  GIFT_WITHIN_LIMIT: 'Regalo auténtico: {v} está dentro del límite para regalos de {l}.',
  GIFT_OVER_LIMIT: 'Los regalos suman {v}, por encima del límite para regalos de {l}.',
  GIFT_NOT_ELIGIBLE: 'Este envío no califica como regalo auténtico.',
  GIFT_INFORMAL_ENTRY: 'Entra libre de aranceles con declaración informal.',
  INFORMATIONAL_MATERIAL: 'Los materiales informativos siguen exentos: {v} está dentro de {l}.',
  CARVE_OUT_1702B: 'Los materiales informativos y las donaciones siguen exentos: {v} está dentro de {l}.',
  NOT_AN_IMPORT: 'Enviado desde dentro de EE. UU.: no es una importación.',
  FORMAL_ENTRY_REQUIRED: 'Más de {l}: se requiere una declaración de aduana formal (tipo 01).',
  INFORMAL_ENTRY: 'Hasta {l}: declaración de aduana informal (tipo 11) con aranceles.',
  POSTAL_DUTY: 'Correo: el servicio postal cobra los aranceles.',
  CURRENCY_CONVERTED: 'Convertido a dólares al tipo de cambio certificado por la CBP.',
  CURRENCY_APPROXIMATE: 'Convertido a un tipo de cambio aproximado del {d}; el tipo certificado por la CBP puede diferir.',
  CURRENCY_SHOWN: 'Se usó el precio en dólares que mostró la tienda ({v}); el tipo certificado por la CBP puede diferir.',
  CURRENCY_NO_RATE: 'No hay tipo de cambio para este precio; la respuesta sobre la exención no depende de él.',
  TOO_CLOSE_TO_CALL: '{v} a un tipo aproximado está a menos del 5 % del límite de {l}: demasiado cerca para decidir; decide el tipo certificado por la CBP.',
  NO_RULE: 'Ninguna norma cubre esta fecha; se trata como sujeto a aranceles.',
  HTS_HINT_ALCOHOL: 'El número HTS corresponde a una bebida alcohólica.',
  HTS_HINT_TOBACCO: 'El número HTS corresponde a un producto de tabaco.',
  HTS_HINT_PERFUME: 'El número HTS corresponde a un perfume, que se considera con alcohol.',
  HTS_HINT_INFORMATIONAL: 'El número HTS corresponde (o puede corresponder) a material informativo.',
  HTS_HINT_FISHING_ARCHERY: 'El número HTS es de pesca o tiro con arco.',
  SUSPENSION_REACH_UNSETTLED: 'No está claro si alcanza a las islas de EE. UU.',
};

const zh: Texts = {
  DE_MINIMIS_WITHIN_LIMIT: '{v} 未超过 {l} 的最低免税额。',
  OVER_LIMIT: '{v} 超过 {l} 的最低免税额。',
  SAME_DAY_AGGREGATE: '同一人同日到达的包裹合计 {v}。',
  SPLIT_ORDER: '此订单的各批货物合计 {v}，为稳妥起见视为一票货物。',
  SUSPENDED_CN_HK: '自 {s} 起，中国或香港产品的最低免税待遇已暂停。',
  SUSPENDED_ALL_COUNTRIES: '自 {s} 起，所有国家产品的最低免税待遇已暂停。',
  REPEALED: '法律已于 {s} 废除购物的最低免税待遇。',
  EXCLUDED_ADCVD: '受反倾销或反补贴税约束的货物不适用。',
  EXCLUDED_QUOTA: '受进口配额限制的货物不适用。',
  EXCLUDED_EXCISE: '需缴消费税的货物不适用。',
  EXCLUDED_PGA_FEE: '需缴纳美国机构费用的货物不适用。',
  GIFT_WITHIN_LIMIT: '真实礼品：{v} 未超过 {l} 的礼品限额。',
  GIFT_OVER_LIMIT: '礼品合计 {v}，超过 {l} 的礼品限额。',
  GIFT_NOT_ELIGIBLE: '此包裹不属于真实礼品。',
  GIFT_INFORMAL_ENTRY: '以非正式报关免税入境。',
  INFORMATIONAL_MATERIAL: '信息材料仍可免税：{v} 未超过 {l}。',
  CARVE_OUT_1702B: '信息材料和捐赠物品仍可免税：{v} 未超过 {l}。',
  NOT_AN_IMPORT: '从美国境内寄出：不属于进口。',
  FORMAL_ENTRY_REQUIRED: '超过 {l}：需办理正式海关报关（类型 01）。',
  INFORMAL_ENTRY: '不超过 {l}：需办理缴税的非正式海关报关（类型 11）。',
  POSTAL_DUTY: '邮寄：由邮政承运人代收关税。',
  CURRENCY_CONVERTED: '已按美国海关认证汇率换算为美元。',
  CURRENCY_APPROXIMATE: '按 {d} 的近似汇率换算；美国海关认证汇率可能不同。',
  CURRENCY_SHOWN: '使用了商店显示的美元价格（{v}）；美国海关认证汇率可能不同。',
  CURRENCY_NO_RATE: '此价格没有汇率；是否免税不取决于它。',
  TOO_CLOSE_TO_CALL: '按近似汇率计算的 {v} 与 {l} 限额相差不到 5%：过于接近，无法判断；以美国海关认证汇率为准。',
  NO_RULE: '没有适用于该日期的规则；按需缴税处理。',
  HTS_HINT_ALCOHOL: '该 HTS 编码属于酒精饮料。',
  HTS_HINT_TOBACCO: '该 HTS 编码属于烟草制品。',
  HTS_HINT_PERFUME: '该 HTS 编码属于香水，按含酒精处理。',
  HTS_HINT_INFORMATIONAL: '该 HTS 编码属于（或可能属于）信息材料。',
  HTS_HINT_FISHING_ARCHERY: '该 HTS 编码属于渔具或射箭用品。',
  SUSPENSION_REACH_UNSETTLED: '是否适用于美国岛屿属地尚无定论。',
};

/** Reason code -> short sentence, per locale. A code not listed (a replacement rule set may bring
 * one) is shown with the reason's own message. */
export const REASON_TEXTS: Readonly<Record<ReasonLocale, Texts>> = { en, es, 'zh-Hans': zh };

/** Fills {x} placeholders; null when the template needs a value that is missing. */
export function fill(template: string, vars: Record<string, string | undefined>): string | null {
  let missing = false;
  const out = template.replace(/\{(\w)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) missing = true;
    return v ?? '';
  });
  return missing ? null : out;
}

/** How a door writes a USD amount ("812.50") and a day ("2025-08-29...") in its locale. */
export interface ReasonFormat {
  usd(amount: string | null | undefined): string | undefined;
  day(when: string | undefined): string | undefined;
}

/** A reason in the shopper's language, from its code and numbers; the reason's own (English)
 * message when the code is unknown to the table or a number is missing. */
export function reasonText(r: Reason, texts: Readonly<Record<string, string>>, f: ReasonFormat): string {
  const t = texts[r.code];
  return (t && fill(t, { v: f.usd(r.valueUsd), l: f.usd(r.limitUsd), s: f.day(r.since ?? r.effective), d: f.day(r.rateDate) })) || r.message;
}

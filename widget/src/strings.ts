// The widget's words, per locale (issue 4: English, Spanish, Simplified Chinese). The core writes
// English prose on every reason (core/evaluate/messages.ts); the widget does not show it: it
// translates by reason code and the numbers carried on the reason (valueUsd, limitUsd,
// effective), so these tables stay short and the bundle carries no long prose (style.md,
// "Widget"). Placeholders: {v} value, {l} limit, {s} since, {d} date, {n} count, {r} rules version.
// A reason code these tables do not know (a replacement rule set may add one) falls back to the
// reason's own message, which the rule data supplies. {s} is when the reported status began
// (the reason's `since`, else its rule's `effective`): "suspended since Aug 29, 2025". A reason
// carries one date in its sentence; its citation, rule id and the day a later instrument
// re-stated it stay in the details list.
//
// Data only: in the widget's bundles this module is replaced by a packed form of the same tables
// (widget/build/pack-strings.ts: one string per locale, keys listed once; -150 B gzip), which
// test/node/widget/pack-strings.test.ts holds equal to these objects.

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
  /** "duty {d}, fees {f}" */
  split: string;
  /** why an estimate is a minimum */
  part: string;
  /** a carrier's own charge line, which the total leaves out */
  carrier: string;
  /** reason code -> short sentence */
  r: Record<string, string>;
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
  restated: 're-stated {d}',
  more: 'Why? All reasons ({n})',
  check: 'Check',
  items: 'Items checked',
  foot: 'Rules of {r}, arrival {d}. An estimate, not legal advice.',
  est: 'Estimated US import charges: {v}',
  estMin: 'Estimated US import charges: at least {v}',
  split: 'duty {d}, fees {f}',
  part: 'Not every duty rate of this order is known, so the estimate is a minimum.',
  carrier: 'carrier charge, not included',
  r: {
    DE_MINIMIS_WITHIN_LIMIT: '{v} is within the {l} de minimis limit.',
    OVER_LIMIT: '{v} is over the {l} de minimis limit.',
    SAME_DAY_AGGREGATE: 'Shipments to the same person arriving the same day add up to {v}.',
    SPLIT_ORDER: 'The lots of this order add up to {v}; to be safe they count as one shipment.',
    SUSPENDED_CN_HK: 'De minimis has been suspended for goods made in China or Hong Kong since {s}.',
    SUSPENDED_ALL_COUNTRIES: 'De minimis has been suspended for goods from all countries since {s}.',
    REPEALED: 'The law repealed de minimis for purchases on {s}.',
    EXCLUDED_ADCVD: 'Goods under antidumping or countervailing duties never qualify.',
    EXCLUDED_QUOTA: 'Goods under an import quota never qualify.',
    EXCLUDED_EXCISE: 'Alcohol and tobacco owe excise tax and never qualify.',
    EXCLUDED_PGA_FEE: 'Goods owing a US agency fee do not qualify.',
    GIFT_WITHIN_LIMIT: 'A bona fide gift: {v} is within the {l} gift limit.',
    GIFT_OVER_LIMIT: 'Gifts total {v}, over the {l} gift limit.',
    GIFT_NOT_ELIGIBLE: 'This shipment does not qualify as a bona fide gift.',
    INFORMATIONAL_MATERIAL: 'Informational materials stay exempt: {v} is within {l}.',
    CARVE_OUT_1702B: 'Informational materials and donations stay exempt: {v} is within {l}.',
    NOT_AN_IMPORT: 'Shipped from inside the US: not an import.',
    FORMAL_ENTRY_REQUIRED: 'Over {l}: a formal customs entry (type 01) is needed.',
    INFORMAL_ENTRY: 'Up to {l}: an informal customs entry (type 11) with duties.',
    POSTAL_DUTY: 'Mail: the postal carrier collects the duty.',
    CURRENCY_CONVERTED: 'Converted to US dollars at the CBP certified rate.',
    NO_RULE: 'No rule covers this date; treated as dutiable.',
    HTS_HINT_ALCOHOL: 'The HTS number is an alcoholic beverage.',
    HTS_HINT_TOBACCO: 'The HTS number is a tobacco product.',
    HTS_HINT_PERFUME: 'The HTS number is perfume, counted as containing alcohol.',
    HTS_HINT_INFORMATIONAL: 'The HTS number is (or may be) informational material.',
  },
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
    informal: 'Se aplican aranceles e impuestos de EE. UU. y se requiere una declaración de aduana (informal, tipo 11); el transportista puede cobrarlos en la entrega.',
    formal: 'Se aplican aranceles e impuestos de EE. UU. y se requiere una declaración de aduana formal (tipo 01).',
    postal: 'Se aplican aranceles de EE. UU.; los cobra el servicio postal.',
  },
  meter: '{v} de un límite de {l}',
  value: 'Valor del pedido: {v}',
  since: 'vigente desde el {d}',
  restated: 'reiterado el {d}',
  more: '¿Por qué? Todos los motivos ({n})',
  check: 'Verificar',
  items: 'Artículos verificados',
  foot: 'Normas del {r}, llegada el {d}. Estimación, no asesoramiento jurídico.',
  est: 'Cargos de importación estimados de EE. UU.: {v}',
  estMin: 'Cargos de importación estimados de EE. UU.: al menos {v}',
  split: 'aranceles {d}, tasas {f}',
  part: 'No se conocen todos los aranceles de este pedido, así que la estimación es un mínimo.',
  carrier: 'cargo del transportista, no incluido',
  r: {
    DE_MINIMIS_WITHIN_LIMIT: '{v} está dentro del límite de minimis de {l}.',
    OVER_LIMIT: '{v} supera el límite de minimis de {l}.',
    SAME_DAY_AGGREGATE: 'Los envíos a la misma persona que llegan el mismo día suman {v}.',
    SPLIT_ORDER: 'Las partes de este pedido suman {v}; por prudencia cuentan como un solo envío.',
    SUSPENDED_CN_HK: 'El régimen de minimis está suspendido para productos de China o Hong Kong desde el {s}.',
    SUSPENDED_ALL_COUNTRIES: 'El régimen de minimis está suspendido para productos de todos los países desde el {s}.',
    REPEALED: 'La ley derogó el régimen de minimis para compras el {s}.',
    EXCLUDED_ADCVD: 'Los productos con derechos antidumping o compensatorios nunca califican.',
    EXCLUDED_QUOTA: 'Los productos sujetos a cuota de importación nunca califican.',
    EXCLUDED_EXCISE: 'El alcohol y el tabaco pagan impuestos especiales y nunca califican.',
    EXCLUDED_PGA_FEE: 'Los productos que deben una tasa de una agencia de EE. UU. no califican.',
    GIFT_WITHIN_LIMIT: 'Regalo auténtico: {v} está dentro del límite para regalos de {l}.',
    GIFT_OVER_LIMIT: 'Los regalos suman {v}, por encima del límite para regalos de {l}.',
    GIFT_NOT_ELIGIBLE: 'Este envío no califica como regalo auténtico.',
    INFORMATIONAL_MATERIAL: 'Los materiales informativos siguen exentos: {v} está dentro de {l}.',
    CARVE_OUT_1702B: 'Los materiales informativos y las donaciones siguen exentos: {v} está dentro de {l}.',
    NOT_AN_IMPORT: 'Enviado desde dentro de EE. UU.: no es una importación.',
    FORMAL_ENTRY_REQUIRED: 'Más de {l}: se requiere una declaración de aduana formal (tipo 01).',
    INFORMAL_ENTRY: 'Hasta {l}: declaración de aduana informal (tipo 11) con aranceles.',
    POSTAL_DUTY: 'Correo: el servicio postal cobra los aranceles.',
    CURRENCY_CONVERTED: 'Convertido a dólares al tipo de cambio certificado por la CBP.',
    NO_RULE: 'Ninguna norma cubre esta fecha; se trata como sujeto a aranceles.',
    HTS_HINT_ALCOHOL: 'El número HTS corresponde a una bebida alcohólica.',
    HTS_HINT_TOBACCO: 'El número HTS corresponde a un producto de tabaco.',
    HTS_HINT_PERFUME: 'El número HTS corresponde a un perfume, que se considera con alcohol.',
    HTS_HINT_INFORMATIONAL: 'El número HTS corresponde (o puede corresponder) a material informativo.',
  },
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
  restated: '{d} 重新规定',
  more: '原因（共 {n} 条）',
  check: '请核实',
  items: '已核查商品',
  foot: '规则版本 {r}，到达日期 {d}。仅为估算，不构成法律意见。',
  est: '预计美国进口费用：{v}',
  estMin: '预计美国进口费用：至少 {v}',
  split: '关税 {d}，费用 {f}',
  part: '此订单的部分税率未知，因此估算为最低金额。',
  carrier: '承运人费用，未计入',
  r: {
    DE_MINIMIS_WITHIN_LIMIT: '{v} 未超过 {l} 的最低免税额。',
    OVER_LIMIT: '{v} 超过 {l} 的最低免税额。',
    SAME_DAY_AGGREGATE: '同一人同日到达的包裹合计 {v}。',
    SPLIT_ORDER: '此订单的各批货物合计 {v}，为稳妥起见视为一票货物。',
    SUSPENDED_CN_HK: '自 {s} 起，中国或香港产品的最低免税待遇已暂停。',
    SUSPENDED_ALL_COUNTRIES: '自 {s} 起，所有国家产品的最低免税待遇已暂停。',
    REPEALED: '法律已于 {s} 废除购物的最低免税待遇。',
    EXCLUDED_ADCVD: '受反倾销或反补贴税约束的货物不适用。',
    EXCLUDED_QUOTA: '受进口配额限制的货物不适用。',
    EXCLUDED_EXCISE: '酒类和烟草需缴消费税，不适用。',
    EXCLUDED_PGA_FEE: '需缴纳美国机构费用的货物不适用。',
    GIFT_WITHIN_LIMIT: '真实礼品：{v} 未超过 {l} 的礼品限额。',
    GIFT_OVER_LIMIT: '礼品合计 {v}，超过 {l} 的礼品限额。',
    GIFT_NOT_ELIGIBLE: '此包裹不属于真实礼品。',
    INFORMATIONAL_MATERIAL: '信息材料仍可免税：{v} 未超过 {l}。',
    CARVE_OUT_1702B: '信息材料和捐赠物品仍可免税：{v} 未超过 {l}。',
    NOT_AN_IMPORT: '从美国境内寄出：不属于进口。',
    FORMAL_ENTRY_REQUIRED: '超过 {l}：需办理正式海关报关（类型 01）。',
    INFORMAL_ENTRY: '不超过 {l}：需办理缴税的非正式海关报关（类型 11）。',
    POSTAL_DUTY: '邮寄：由邮政承运人代收关税。',
    CURRENCY_CONVERTED: '已按美国海关认证汇率换算为美元。',
    NO_RULE: '没有适用于该日期的规则；按需缴税处理。',
    HTS_HINT_ALCOHOL: '该 HTS 编码属于酒精饮料。',
    HTS_HINT_TOBACCO: '该 HTS 编码属于烟草制品。',
    HTS_HINT_PERFUME: '该 HTS 编码属于香水，按含酒精处理。',
    HTS_HINT_INFORMATIONAL: '该 HTS 编码属于（或可能属于）信息材料。',
  },
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

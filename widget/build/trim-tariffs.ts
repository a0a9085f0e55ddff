// The bundled tariff set as the widget ships it: the same versions, dates, scopes, rates and fees,
// without the fields no estimate reads (the set's description, each version's title, summary and
// note, each citation's URL) and with each version's citations folded into the one citation text
// and confidence tag an estimate line carries. The full set stays in core/ and in `s321 tariffs`;
// trimming keeps the widget within its size budget. Layers that go by HTS number (scope.hts: the
// Chapter 99 lists) are left out: the widget does not bundle them any more than the schedule; a
// page passes the layers its catalog needs as `el.tariffs` (`s321 tariffs --catalog`).
// test/node/widget/trim-tariffs.test.ts checks that every estimate is unchanged.
import { weakestConfidence } from '../../core/charges/compile.ts';
import type { TariffSet } from '../../core/charges/types.ts';
import { citationText } from '../../core/rules/cite.ts';
import type { Citation } from '../../core/rules/types.ts';

const fold = (cs: Citation[]) => [{ document: citationText(cs), confidence: weakestConfidence(cs) }];

export function trimTariffSet(set: TariffSet): TariffSet {
  return {
    version: set.version,
    layers: set.layers.filter((l) => !l.scope?.hts).map(({ title: _t, summary: _s, note: _n, citations, ...l }) => ({ ...l, citations: fold(citations) })),
    fees: set.fees.map(({ title: _t, summary: _s, note: _n, citations, ...f }) => ({ ...f, citations: fold(citations) })),
  } as unknown as TariffSet;
}

// The bundled tariff set as the widget ships it: the same versions, dates, scopes, rates and fees,
// without the fields no estimate reads (the set's description, each version's title, summary and
// note, each citation's URL) and with each version's citations folded into the one citation text
// and confidence tag an estimate line carries. The full set stays in core/ and in `s321 tariffs`;
// trimming keeps the widget within its size budget. Layers that go by HTS number (scope.hts: the
// Chapter 99 lists) are left out: a page passes the layers its catalog needs as `el.tariffs`
// (`s321 tariffs --catalog`).
// Exceptions by HTS number are left out too (the Section 122 exemption of 1,656 numbers: about
// 5 KB gzip): the widget does not carry the schedule, and a page that prices items by HTS number
// passes the tariff set the library or the CLI makes for its catalog (`el.tariffs`), which keeps
// them. So an item with `hts` under the bundled set is priced as if no number were exempt.
// test/node/widget/trim-tariffs.test.ts checks that every estimate of items without `hts` is
// unchanged.
import type { TariffSet } from '../../core/charges/types.ts';
import { citationText, weakestConfidence } from '../../core/law/cite.ts';
import type { Citation } from '../../core/rules/types.ts';

const fold = (cs: Citation[]) => [{ document: citationText(cs), confidence: weakestConfidence(cs) }];

export function trimTariffSet(set: TariffSet): TariffSet {
  return {
    version: set.version,
    layers: set.layers
      .filter((l) => !l.scope?.hts)
      .map(({ title: _t, summary: _s, note: _n, citations, except, ...l }) => {
        const kept = except?.filter((e) => !e.hts);
        return { ...l, ...(kept?.length ? { except: kept } : {}), citations: fold(citations) };
      }),
    fees: set.fees.map(({ title: _t, summary: _s, note: _n, citations, ...f }) => ({ ...f, citations: fold(citations) })),
  } as unknown as TariffSet;
}

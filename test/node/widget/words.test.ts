// The widget's words for a shopper (issue 24): de minimis explained under exactly the reasons
// that name it, and every charge program of the bundled tariff set (and the merchant layers the
// docs name) by name in each language, never by its id.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { REASON_CODES } from '../../../core/evaluate/reason-codes.ts';
import { defaultTariffs } from '../../../core/charges/default-tariffs.ts';
import { LOCALES, STRINGS } from '../../../widget/src/strings.ts';
import { DE_MINIMIS } from '../../../widget/src/view.tsx';

it('explains de minimis under the reasons that name it, and only those', () => {
  const named = REASON_CODES.filter((c) => DE_MINIMIS.test(c)).sort();
  assert.deepEqual(named, [
    'DE_MINIMIS_WITHIN_LIMIT',
    'OVER_LIMIT',
    'REPEALED',
    'SAME_DAY_AGGREGATE',
    'SPLIT_ORDER',
    'SUSPENDED_ALL_COUNTRIES',
    'SUSPENDED_CN_HK',
    'SUSPENSION_REACH_UNSETTLED',
  ]);
  for (const l of LOCALES) assert.match(STRINGS[l].dm, /321/, l);
});

it('names every program of the bundled tariff set, and mfn, in every language', () => {
  const programs = new Set(['mfn', ...defaultTariffs.layers.map((x) => x.program), ...defaultTariffs.fees.map((x) => x.program)]);
  for (const l of LOCALES) {
    for (const p of programs) {
      const name = STRINGS[l].p[p];
      assert.ok(name, `${l}: no name for ${p}`);
      assert.ok(!/^[a-z0-9-]+$/.test(name) || name !== p, `${l}: ${p} is shown as its id`);
    }
    assert.deepEqual(Object.keys(STRINGS[l].p).sort(), Object.keys(STRINGS.en.p).sort(), l);
  }
});

// The reason sentences both doors show: every reason code worded in every locale with the
// placeholders its numbers fill, and the widget and the popup reading the same sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REASON_CODES, type Reason } from '../../../../core/index.ts';
import { REASON_LOCALES, REASON_TEXTS, fill, reasonText } from '../../../../core/evaluate/reason-texts.ts';
import { reasonSentence } from '../../../../extension/popup/decision-view.tsx';
import { STRINGS } from '../../../../widget/src/strings.ts';

const vars = (s: string) => [...s.matchAll(/\{(\w)\}/g)].map((m) => m[1]).sort();

test('every reason code has a sentence in every locale, with the English placeholders', () => {
  for (const locale of REASON_LOCALES) {
    assert.deepEqual(Object.keys(REASON_TEXTS[locale]).sort(), [...REASON_CODES].sort(), locale);
    for (const code of REASON_CODES) {
      const text = REASON_TEXTS[locale][code];
      assert.ok(text.trim(), `${locale} ${code} is empty`);
      assert.deepEqual(vars(text), vars(REASON_TEXTS.en[code]), `${locale} ${code} placeholders`);
      if (locale !== 'en') assert.notEqual(text, REASON_TEXTS.en[code], `${locale} ${code} is untranslated`);
    }
  }
});

test('the widget and the popup word a reason from the same table', () => {
  for (const locale of REASON_LOCALES) assert.equal(STRINGS[locale].r, REASON_TEXTS[locale]);
  const reason: Reason = { code: 'OVER_LIMIT', message: 'English prose', citation: '19 CFR 10.151', valueUsd: '950.00', limitUsd: '800.00' };
  assert.match(reasonSentence(reason, 'es'), /^950,00\sUS\$ supera el límite de minimis de 800,00\sUS\$\.$/);
  assert.equal(reasonSentence(reason, 'en'), '$950.00 is over the $800.00 de minimis limit.');
});

test("a code the tables do not know, or a missing number, keeps the reason's own message", () => {
  const f = { usd: (v: string | null | undefined) => (v == null ? undefined : `$${v}`), day: () => undefined };
  assert.equal(reasonText({ code: 'A_RULE_SET_OF_ITS_OWN', message: 'own words', citation: 'x' }, REASON_TEXTS.en, f), 'own words');
  assert.equal(reasonText({ code: 'SUSPENDED_CN_HK', message: 'own words', citation: 'x' }, REASON_TEXTS.en, f), 'own words');
  assert.equal(
    reasonText({ code: 'OVER_LIMIT', message: 'own words', citation: 'x', valueUsd: '1.00', limitUsd: '2.00' }, REASON_TEXTS.en, f),
    '$1.00 is over the $2.00 de minimis limit.',
  );
  assert.equal(fill('{v} of {l}', { v: '1' }), null);
});

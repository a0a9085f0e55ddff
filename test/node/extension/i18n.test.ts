// UI strings in English, Spanish and Simplified Chinese: complete and with the same placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tables, translator } from '../../../extension/i18n.ts';
import { LANGUAGES } from '../../../extension/storage/schema.ts';

test('every language has every key, non-empty, with the same {placeholders}', () => {
  const keys = Object.keys(tables.en).sort();
  const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const lang of LANGUAGES) {
    assert.deepEqual(Object.keys(tables[lang]).sort(), keys, lang);
    for (const k of keys) {
      const s = tables[lang][k as keyof typeof tables.en];
      assert.ok(s.trim(), `${lang}.${k} is empty`);
      assert.deepEqual(vars(s), vars(tables.en[k as keyof typeof tables.en]), `${lang}.${k} placeholders`);
      if (lang !== 'en' && k !== 'marketplace' && k !== 'appName') assert.notEqual(s, tables.en[k as keyof typeof tables.en], `${lang}.${k} is untranslated`);
    }
  }
});

test('fills placeholders', () => {
  assert.equal(translator('es')('dayTotal', { total: '$950.00', limit: '$800.00' }), 'Total $950.00 (límite $800.00)');
  assert.equal(translator('zh-Hans')('imported', { count: 3 }), '已导入 3 个订单。');
});

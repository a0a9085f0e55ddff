// The widget ships its locale tables packed (widget/build/pack-strings.ts, substituted for
// widget/src/strings.ts by vite.widget.config.ts). The generated module must give back exactly
// the source tables, and the packer must refuse tables it cannot pack faithfully.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packedStringsModule } from '../../../widget/build/pack-strings.ts';
import { LOCALES, STRINGS } from '../../../widget/src/strings.ts';

const load = (code: string) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<{ LOCALES: unknown; STRINGS: unknown }>;

test('the packed module unpacks to exactly the source tables, every locale and key', async () => {
  const code = packedStringsModule(LOCALES, STRINGS);
  const m = await load(code);
  assert.deepEqual(m.LOCALES, LOCALES);
  assert.deepEqual(m.STRINGS, STRINGS);
  // each text appears once in the module, not once per key occurrence: no key repeated per locale
  assert.equal(code.split('DE_MINIMIS_WITHIN_LIMIT').length - 1, 1);
  // a real difference would be seen: another table does not compare equal
  const changed = structuredClone(STRINGS) as unknown as Record<string, { r: Record<string, string> }>;
  changed.es.r.OVER_LIMIT = 'x';
  assert.notDeepEqual((await load(packedStringsModule(LOCALES, changed as never))).STRINGS, STRINGS);
});

test('the coded Chinese table unpacks to exactly the source tables, and the module stays ASCII', async () => {
  const code = packedStringsModule(LOCALES, STRINGS, ['zh-Hans']);
  const m = await load(code);
  assert.deepEqual(m.LOCALES, LOCALES);
  assert.deepEqual(m.STRINGS, STRINGS);
  // coded: the Chinese table is written in ASCII (the Spanish one keeps its accents, escaped by the build)
  const zh = code.slice(code.indexOf('"zh-Hans":'));
  assert.ok(
    [...zh].every((c) => c < '\x80'),
    'the coded table must be ASCII',
  );
  assert.doesNotMatch(zh, /\\u/);
  const changed = structuredClone(STRINGS) as unknown as Record<string, { r: Record<string, string> }>;
  changed['zh-Hans'].r.OVER_LIMIT = changed['zh-Hans'].r.OVER_LIMIT.replace('超', '起');
  assert.notDeepEqual((await load(packedStringsModule(LOCALES, changed as never, ['zh-Hans']))).STRINGS, STRINGS);
});

test('a coded table keeps every kind of character: ASCII, punctuation the code uses, two-character codes', async () => {
  // more than 89 distinct characters, so that some take a two-character code; quotes, backslash,
  // backtick, "$", "{" and "}" in the text, and characters the codes are made of
  const many = Array.from({ length: 150 }, (_, i) => String.fromCharCode(0x4e00 + i * 37)).join('');
  const zh = { a: `!"#$\\\`{v} }~ ${many}`, t: { x: `${many.slice(120)}, \u00e9 \u3002 \uff08HTS 01\uff09`, y: '' } };
  const tables = { en: { a: 'A', t: { x: 'X', y: 'Y' } }, zh };
  assert.deepEqual((await load(packedStringsModule(['en', 'zh'], tables, ['zh']))).STRINGS, tables);
  assert.throws(() => packedStringsModule(['en', 'zh'], { en: tables.en, zh: { a: '\u{1f600}', t: { x: 'X', y: 'Y' } } }, ['zh']), /beyond U\+FFFF/);
  assert.throws(() => packedStringsModule(['en'], { en: tables.en }, ['zh']), /no table for coded locale "zh"/);
  const tooMany = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
  assert.throws(() => packedStringsModule(['en', 'zh'], { en: tables.en, zh: { a: tooMany, t: { x: 'X', y: 'Y' } } }, ['zh']), /too many to code/);
});

test('a table between texts unpacks equal: texts after a table are not put in it', async () => {
  const tables = {
    en: { a: 'A', t: { x: 'X', y: 'Y' }, b: 'B', u: { x: 'UX' }, c: 'C' },
    es: { a: 'a', t: { x: 'x', y: 'y' }, b: 'b', u: { x: 'ux' }, c: 'c' },
  };
  assert.deepEqual((await load(packedStringsModule(['en', 'es'], tables))).STRINGS, tables);
});

test('the packed module is smaller than the tables it replaces', () => {
  const code = packedStringsModule(LOCALES, STRINGS);
  assert.ok(code.length < JSON.stringify(STRINGS).length, `${code.length} >= ${JSON.stringify(STRINGS).length}`);
});

test('the packer refuses what it cannot pack faithfully, naming the entry', () => {
  const en = { a: 'A', t: { x: 'X', y: 'Y' } };
  assert.throws(() => packedStringsModule(['en', 'es'], { en, es: { a: 'A', t: { x: 'X' } } }), /locale "es" must have the same keys as "en"; missing t\.y/);
  assert.throws(() => packedStringsModule(['en', 'es'], { en, es: { a: 'A', b: 'B', t: { x: 'X', y: 'Y' } } }), /locale "es" .*extra b/);
  assert.throws(() => packedStringsModule(['en'], { en: { a: 'one | two', t: { x: 'X' } } }), /en "a" contains the separator/);
  assert.throws(() => packedStringsModule(['en'], { en: { a: 'A', t: { x: { deep: 'no' } } } as never }), /"t\.x" must be a string/);
  assert.throws(() => packedStringsModule(['en'], { en: { 'a.b': 'A' } }), /key "a\.b" may not be empty or contain/);
  assert.throws(() => packedStringsModule(['en'], { en: { a: 'A', t: { '': 'X' } } }), /key "t\." may not be empty/);
  assert.throws(() => packedStringsModule(['en', 'fr'], { en }), /no table for locale "fr"/);
});

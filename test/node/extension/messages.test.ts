// The typed message map: messages are validated on receipt and accepted only from this
// extension's own contexts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromOwnExtension, parseMessage } from '../../../extension/messages.ts';
import { extractPage } from '../../../extension/adapters/registry.ts';
import { documentOf, genericPages } from './adapters/generic-fixtures.ts';

const page = genericPages().find((p) => p.name === 'jsonld-offer')!;
const r = extractPage(documentOf(page.html), page.url);
assert.ok(r.ok);
const draft = r.draft;

test('accepts a well-formed page/draft and page/extract where they are allowed', () => {
  const m = parseMessage({ type: 'page/draft', trigger: 'load', draft }, ['page/draft']);
  assert.ok(m.ok && m.type === 'page/draft');
  assert.ok(parseMessage({ type: 'page/extract' }, ['page/extract']).ok);
});

test('refuses unknown types, types not allowed in this context, and bad shapes, naming the path', () => {
  assert.ok(!parseMessage(null, ['page/draft']).ok);
  assert.ok(!parseMessage('page/draft', ['page/draft']).ok);
  assert.ok(!parseMessage({ type: 'toString' }, ['page/draft']).ok);
  assert.ok(!parseMessage({ type: '__proto__' }, ['page/draft']).ok);
  const wrongPlace = parseMessage({ type: 'page/extract' }, ['page/draft']);
  assert.ok(!wrongPlace.ok && /not accepted here/.test(wrongPlace.error));
  const bad = parseMessage({ type: 'page/draft', trigger: 'load', draft: { ...draft, price: '<b>1</b>' } }, ['page/draft']);
  assert.ok(!bad.ok && /draft\.price/.test(bad.error), bad.ok ? '' : bad.error);
  assert.ok(!parseMessage({ type: 'page/draft', trigger: 'evil', draft }, ['page/draft']).ok);
});

test('only our own content scripts and pages are trusted', () => {
  const id = 'abcdefghijklmnop';
  const base = `chrome-extension://${id}/`;
  assert.ok(fromOwnExtension({ id, tab: { id: 4 }, url: 'https://www.etsy.com/x' }, id, base, 'content'));
  assert.ok(!fromOwnExtension({ id: 'other-extension', tab: { id: 4 } }, id, base, 'content'));
  assert.ok(!fromOwnExtension({ id }, id, base, 'content'), 'a content message comes with a tab');
  assert.ok(fromOwnExtension({ id, url: `${base}extension/popup/popup.html` }, id, base, 'extension-page'));
  assert.ok(!fromOwnExtension({ id, url: 'https://evil.example/' }, id, base, 'extension-page'));
  assert.ok(!fromOwnExtension({ id: 'x', url: `${base}extension/popup/popup.html` }, id, base, 'extension-page'));
  assert.ok(!fromOwnExtension(undefined as never, id, base, 'content'));
});

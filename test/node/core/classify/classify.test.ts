// The product classifier (core/classify): obvious products land in their chapter, the answer
// has the promised shape (limit, distinct headings, order, 10-digit lines of the schedule), and
// it is deterministic. The titles are our own, written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, prepareClassifier, CLASSIFIER_DATA, type ProductText } from '../../../../core/classify/index.ts';

const c = prepareClassifier(CLASSIFIER_DATA);
const lines = new Set(
  CLASSIFIER_DATA.rows
    .split('\n')
    .map((r) => r.split('\t')[0])
    .filter((x) => x.length >= 8)
    .map((x) => x.padEnd(10, '0')),
);

const OBVIOUS: Array<[string, ProductText, string[]]> = [
  ['a dress', { title: "Women's floral summer maxi dress with short sleeves" }, ['61', '62']],
  ['silver earrings', { title: '925 sterling silver hoop earrings for women' }, ['71']],
  ['imitation jewelry', { title: 'Gold plated zinc alloy pendant necklace', breadcrumbs: ['Jewelry & Accessories', 'Fashion Jewelry', 'Necklaces'] }, ['71']],
  ['sneakers', { title: "Men's breathable mesh running sneakers", breadcrumbs: ['Shoes', "Men's Shoes"] }, ['64']],
  ['earbuds', { title: 'Wireless Bluetooth earbuds with charging case' }, ['85']],
  ['a plush toy', { title: 'Soft plush teddy bear stuffed toy 30 cm' }, ['95']],
  ['a mug', { title: 'Ceramic coffee mug 350 ml' }, ['69']],
  ['a knife', { title: 'Stainless steel chef knife 8 inch' }, ['82']],
  ['a wig', { title: 'Lace front human hair wig, 20 inch body wave' }, ['67']],
  ['a wallet', { title: 'Genuine leather bifold wallet', breadcrumbs: ['Luggage & Bags', 'Wallets'] }, ['42']],
  ['a yoga mat', { title: 'Non-slip yoga mat 6 mm for fitness' }, ['95']],
  ['a cable', { title: 'USB-C to USB-C charging cable 2 m braided' }, ['85']],
  ['sunglasses', { title: 'Polarized aviator sunglasses UV400' }, ['90']],
  ['a watch', { title: 'Quartz analog wrist watch with stainless steel band', breadcrumbs: ['Watches', "Men's Watches"] }, ['91']],
  ['a lamp', { title: 'LED desk lamp with dimmer', breadcrumbs: ['Lights & Lighting', 'Table Lamps'] }, ['94']],
  ['a phone case', { title: 'Shockproof silicone phone case for iPhone 15' }, ['39', '42']],
  ['a t-shirt', { title: 'Plain cotton crew neck T-shirt', attributes: { Gender: 'Men', Material: 'Cotton' } }, ['61']],
  ['a backpack', { title: 'Waterproof laptop backpack for travel' }, ['42']],
  ['a screwdriver set', { title: 'Precision screwdriver set with 24 bits' }, ['82']],
  ['a hat', { title: 'Knitted winter beanie hat' }, ['65']],
];

for (const [what, product, chapters] of OBVIOUS) {
  test(`puts ${what} in chapter ${chapters.join(' or ')} first`, () => {
    const top = classify(c, product).candidates[0];
    assert.ok(top, 'no candidate');
    assert.ok(chapters.includes(top.hts.slice(0, 2)), `${product.title}: got ${top.hts} ${top.description}`);
  });
}

test('gives ten 10-digit lines of the schedule by default, under at least five distinct headings, best first', () => {
  for (const [, product] of OBVIOUS) {
    const r = classify(c, product).candidates;
    assert.equal(r.length, 10, product.title);
    for (const x of r) {
      assert.match(x.hts, /^\d{10}$/);
      assert.ok(lines.has(x.hts), `${x.hts} is not a line of the schedule`);
      assert.ok(x.description.length > 3 && !/^other$/i.test(x.description), x.description);
      assert.ok(x.score > 0 && x.score <= 1);
    }
    assert.ok(new Set(r.map((x) => x.hts.slice(0, 4))).size >= 5, `${product.title}: fewer than five headings`);
    assert.equal(r[0].score, 1);
    for (let i = 1; i < r.length; i++) assert.ok(r[i - 1].score >= r[i].score, `${product.title}: not best first`);
    assert.equal(new Set(r.map((x) => x.hts)).size, r.length, 'a line twice');
  }
});

test('honours the limit, and still gives five headings when the limit is five', () => {
  const p = OBVIOUS[0][1];
  assert.equal(classify(c, p, { limit: 3 }).candidates.length, 3);
  const five = classify(c, p, { limit: 5 }).candidates;
  assert.equal(five.length, 5);
  assert.equal(new Set(five.map((x) => x.hts.slice(0, 4))).size, 5);
  assert.equal(classify(c, p, { limit: 30 }).candidates.length, 30);
});

test('is deterministic: the same text gives the same list, from the same or a fresh classifier', () => {
  const again = prepareClassifier(CLASSIFIER_DATA);
  for (const [, product] of OBVIOUS) {
    const a = classify(c, product);
    assert.deepEqual(classify(c, product), a);
    assert.deepEqual(classify(again, product), a);
  }
});

test('describes a line in plain schedule words: the heading clause that fits, then the line', () => {
  const top = classify(c, { title: 'Gold plated hoop earrings', breadcrumbs: ['Fashion Jewelry', 'Earrings'], attributes: { Material: 'Zinc Alloy' } })
    .candidates[0];
  assert.match(top.hts, /^7117/);
  assert.match(top.description, /^Imitation jewelry/);
  const toy = classify(c, { title: 'Plush toy rabbit' }).candidates[0];
  assert.match(toy.hts, /^9503/);
  assert.match(toy.description, /toys/i);
  assert.doesNotMatch(toy.description, /^Tricycles/);
});

test('attributes steer: material of a jewel, upper of a shoe, gender of a garment', () => {
  const jewel = (Material: string) => classify(c, { title: 'Hoop earrings', attributes: { Material } }).candidates[0].hts.slice(0, 4);
  assert.equal(jewel('925 Sterling Silver'), '7113');
  assert.equal(jewel('Zinc Alloy'), '7117');
  const shoe = (m: string) => classify(c, { title: 'Casual sneakers', attributes: { 'Upper Material': m } }).candidates[0].hts.slice(0, 4);
  assert.equal(shoe('Genuine Leather'), '6403');
  assert.equal(shoe('Mesh'), '6404');
  const coat = (Gender: string) => classify(c, { title: 'Winter down jacket', attributes: { Gender } }).candidates[0].hts.slice(0, 4);
  assert.ok(['6202', '6102'].includes(coat('Women')), coat('Women'));
  assert.ok(['6201', '6101'].includes(coat('Men')), coat('Men'));
});

test('what follows "for" in a title names what the product serves, not the product', () => {
  const r = classify(c, { title: 'Silicone protective case for wireless earbuds' }).candidates;
  assert.notEqual(r[0].hts.slice(0, 4), '8518', r[0].description);
});

test('a title with no known word gives no candidates rather than noise; odd input never throws', () => {
  assert.deepEqual(classify(c, { title: 'zzqx vvkw 12345' }).candidates, []);
  assert.deepEqual(classify(c, { title: '' }).candidates, []);
  const long = 'earrings '.repeat(20000);
  assert.match(
    classify(c, { title: long, breadcrumbs: ['', 'Earrings', 'Earrings'], attributes: { '': '', Brand: 'constructor', toString: 'x' } }).candidates[0].hts,
    /^71/,
  );
  assert.ok(Array.isArray(classify(c, { title: '__proto__ constructor hasOwnProperty' }).candidates));
});

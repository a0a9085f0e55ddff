// The README's worked examples are real: each "json request" block, evaluated with
// examples/rates.json and the bundled tariff schedule, gives exactly the "json decision" block after it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { bundledSchedule, evaluate } from '../../../core/index.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const rates = JSON.parse(readFileSync(new URL('../../../examples/rates.json', import.meta.url), 'utf8'));
const blocks = [...readme.matchAll(/```json (request|decision)\n([\s\S]*?)\n```/g)].map((m) => ({ kind: m[1], body: m[2] }));

it('has one decision after each request (at least 3 eras)', () => {
  assert.ok(blocks.length >= 6);
  blocks.forEach((b, i) => assert.equal(b.kind, i % 2 === 0 ? 'request' : 'decision'));
});

for (let i = 0; i + 1 < blocks.length; i += 2) {
  const request = JSON.parse(blocks[i].body);
  it(`README example "${request.id}" prints what the engine decides`, () => {
    // as `s321 evaluate` does: with the bundled tariff schedule
    const r = evaluate(request, { rates, schedule: bundledSchedule() });
    assert.ok(r.ok, JSON.stringify(r));
    if (r.ok) assert.deepEqual(r.output, JSON.parse(blocks[i + 1].body));
  });
}

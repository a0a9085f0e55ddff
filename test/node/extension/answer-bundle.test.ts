// Where the answer's data goes in the built extension (dist/): the classifier and the tariff
// schedule (about 2.5 MB) are in their own chunk, loaded by the popup after its first paint;
// neither the content script (every supported page loads it) nor the popup's entry chunk nor the
// background carries them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const skip = existsSync(join('dist', 'manifest.json')) ? false : 'dist/ is not built (npm run build)';
// strings only the generated schedule and classifier data hold
const SCHEDULE_MARK = 'Imitation jewelry';
const CLASSIFIER_MARK = 'HTS 2026 Revision 10';

test('the classifier and the schedule are in the answer chunk alone', { skip }, () => {
  const m = JSON.parse(readFileSync(join('dist', 'manifest.json'), 'utf8'));
  const content = readFileSync(join('dist', m.content_scripts[0].js[0]), 'utf8');
  assert.ok(!content.includes(CLASSIFIER_MARK) && !content.includes(SCHEDULE_MARK), 'not in the content script');
  const assets = readdirSync(join('dist', 'assets')).filter((f) => f.endsWith('.js'));
  const kit = assets.filter((f) => f.startsWith('answer-kit-'));
  assert.equal(kit.length, 1);
  assert.ok(readFileSync(join('dist', 'assets', kit[0]), 'utf8').includes(CLASSIFIER_MARK));
  for (const f of assets.filter((x) => !x.startsWith('answer-kit-'))) {
    const text = readFileSync(join('dist', 'assets', f), 'utf8');
    assert.ok(!text.includes(CLASSIFIER_MARK), `${f} carries no classifier or schedule data`);
  }
  const popup = assets.find((f) => f.startsWith('popup.html-'))!;
  assert.match(readFileSync(join('dist', 'assets', popup), 'utf8'), /answer-kit-[\w-]+\.js/, 'the popup imports it dynamically');
});

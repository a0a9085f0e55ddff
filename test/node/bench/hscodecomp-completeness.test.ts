// The completeness figure of `npm run bench` on the HSCodeComp dev listings (read from
// ../shared/fixtures at run time; skipped where it is absent): every listing with an ad valorem or
// free general rate and on no Section 232 list gets a complete estimate from its HTS number alone;
// every incomplete one carries a note naming what is missing (the net quantity in its unit, what
// decides the Section 232 rate, the number), and stating that makes it complete.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { completeness, estimate, fixturePresent, type Completeness } from '../../../bench/hscodecomp-completeness.ts';
import { bundledSchedule } from '../../../core/schedule/index.ts';

const skip = fixturePresent() ? false : '../shared/fixtures/hscodecomp-dev is absent';

describe('HSCodeComp dev listings, CN, express, 2026-12-15, hts only', { skip }, () => {
  let c: Completeness;
  const get = () => (c ??= completeness());

  it('classes the 316 listings and prices every ad valorem or free one, on no Section 232 list, completely', () => {
    const { listings, byClass, results } = get();
    assert.equal(listings, 316);
    assert.equal(byClass['not-in-schedule'].listings, 2);
    // the issue counted 269 with an ad valorem or free general rate and on no Section 232 list
    assert.ok(byClass['ad-valorem-or-free'].listings >= 269, JSON.stringify(byClass));
    const incomplete = results.filter((r) => r.class === 'ad-valorem-or-free' && !r.complete);
    assert.deepEqual(
      incomplete.map((r) => `${r.taskId} ${r.hts}: ${r.notes.map((n) => n.message).join('; ')}`),
      [],
    );
  });

  it('leaves every other listing incomplete only with a note that names what is missing', () => {
    for (const r of get().results.filter((x) => !x.complete)) {
      const at = `${r.taskId} ${r.hts} (${r.class})`;
      assert.ok(r.notes.length > 0, `${at}: incomplete without a note`);
      for (const n of r.notes) {
        if (n.code === 'NET_QUANTITY_NEEDED')
          assert.ok(
            r.units.some((u) => n.message.includes(`"unit": "${u}"`)),
            `${at}: ${n.message}`,
          );
        else if (n.code === 'HTS_NOT_IN_SCHEDULE')
          assert.match(n.message, new RegExp(`HTS ${r.hts.slice(0, 4)}\\.${r.hts.slice(4, 6)}\\.${r.hts.slice(6)} is not in HTS 2026 Revision 10`), at);
        else if (n.code === 'RATE_NOT_IN_DATA')
          assert.match(
            n.message,
            /section-232.*\((The rate is .*15% or more of the article's weight|.*whether the article is an automobile part decides it)/,
            `${at}: ${n.message}`,
          );
        else if (n.code === 'RATE_NOT_COMPUTED')
          assert.match(n.message, /the general rate of HTS [\d.]+ is ".+": it (refers to the rate of another article|is set by a note)/, `${at}: ${n.message}`);
        else assert.fail(`${at}: unexpected note ${n.code}: ${n.message}`);
      }
      if (r.class === 'specific-or-compound')
        assert.ok(
          r.notes.some((n) => n.code === 'NET_QUANTITY_NEEDED'),
          at,
        );
      if (r.class === 'section-232')
        assert.ok(
          r.notes.some((n) => n.code === 'RATE_NOT_IN_DATA' || n.code === 'METAL_CONTENT_NEEDED'),
          at,
        );
      if (r.class === 'not-in-schedule')
        assert.ok(
          r.notes.some((n) => n.code === 'HTS_NOT_IN_SCHEDULE'),
          at,
        );
    }
  });

  it('completes a specific or compound listing that states its net quantity, and a Section 232 one that states its layer', () => {
    const schedule = bundledSchedule();
    const specific = get().results.filter((r) => r.class === 'specific-or-compound');
    assert.ok(specific.length >= 8);
    for (const r of specific) {
      const e = estimate(r, schedule, { netQuantity: { amount: '0.25', unit: r.units[0] } });
      assert.equal(e.complete, true, `${r.taskId} ${r.hts}: ${e.notes.map((n) => n.message).join('; ')}`);
    }
    // an Annex I-B article whose metal is 15% or more of its weight: the merchant gives the 25%
    const metals = get().results.filter(
      (r) => r.class === 'section-232' && !r.complete && r.notes.every((n) => n.code === 'RATE_NOT_IN_DATA' && n.message.includes('section-232-metals')),
    );
    assert.ok(metals.length > 5, String(metals.length));
    for (const r of metals) {
      const e = estimate(r, schedule, { duties: [{ program: 'section-232-metals', rate: '25' }] });
      assert.equal(e.complete, true, `${r.taskId} ${r.hts}: ${e.notes.map((n) => n.message).join('; ')}`);
    }
  });
});

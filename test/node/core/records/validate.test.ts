// validateRecord: the generated checker says yes to a valid record (core/records/accept.ts); a
// record it refuses gets its issues named by zod in the records' words (paths and codes).
// test/node/core/contract/contracts.test.ts holds the checker's yes equal to zod's.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { prepareRecord, validateRecord } from '../../../../core/records/index.ts';
import { ORDER_COLUMNS, orderToSource } from '../../../../cli/records-orders.ts';
import { goodRows, RATES } from '../../cli/export-helpers.ts';

const built = goodRows(20, 17)
  .map((row) => prepareRecord('data-pilot', orderToSource(Object.fromEntries(ORDER_COLUMNS.map((c, k) => [c, row[k]])), 'MKTPLC01'), { rates: RATES }))
  .flatMap((p) => (p.ok ? [p.record as unknown as Record<string, unknown>] : []));

it('accepts the valid records built from orders', () => {
  assert.ok(built.filter((r) => validateRecord(r, 'data-pilot').valid).length > 10);
});

it('leaves the issues of an invalid record as zod names them', () => {
  const record = built.find((r) => validateRecord(r, 'data-pilot').valid)!;
  const bad = { ...record, originatorCode: 'not valid!', listedPriceOnMarketplace: { amount: '1.001', currency: 'EUR' }, extra: 1 };
  const r = validateRecord(bad, 'data-pilot');
  assert.deepEqual(
    r.errors.map((e) => [e.path, e.code]),
    [
      ['originatorCode', 'INVALID_FORMAT'],
      ['listedPriceOnMarketplace.amount', 'INVALID_FORMAT'],
      ['extra', 'UNKNOWN_ELEMENT'],
    ],
  );
});

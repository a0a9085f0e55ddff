// The engine's request check: the checker generated from the zod contract (schema.ts) into
// contract.generated.ts with the named checks of checks.ts, so every door runs without the zod
// runtime and with the contract's own messages. test/node/core/contract/contracts.test.ts holds
// it equal to zod's safeParse.
import type { InputIssue } from '../issues.ts';
import { batchChecker as batch, shipmentChecker as shipment } from './contract.generated.ts';
import type { ShipmentInput } from './schema.ts';

export { plainNumber } from './checks.ts';

/** Checks one shipment; pushes issues (paths prefixed by base) and returns it typed when valid. */
export function validateShipment(raw: unknown, base: string, issues: InputIssue[]): ShipmentInput | null {
  return shipment.check(raw, base, issues) ? raw : null;
}

/** Checks the envelope of a batch ({"shipments": [...]}, no other key); not its shipments. */
export function validateBatch(raw: unknown, issues: InputIssue[]): raw is { shipments: unknown[] } {
  return batch.check(raw, '', issues);
}

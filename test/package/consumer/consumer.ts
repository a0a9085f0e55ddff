// A TypeScript consumer of the installed package: it compiles only if the declarations of every
// entry resolve under Node's module resolution and describe the API as documented.
import { evaluate, prepare, defaultRules, formatIssue, type Decision, type EvaluateOptions, type InputIssue, type ShipmentInput } from 's321';
import { buildRecord, validateRecord, PARTICIPANTS, type DataPilotRecord, type Participant } from 's321/records';
import { DeMinimisCheckElement, TAG } from 's321/widget';
import type {} from 's321/widget.js';
import requestSchema from 's321/schemas/request.json' with { type: 'json' };

const shipment: ShipmentInput = {
  id: 'typed-1',
  arrival: '2024-06-01',
  mode: 'express',
  shipFrom: 'VN',
  items: [{ description: 'Cotton T-shirt', quantity: 1, price: { amount: '20.00', currency: 'USD' }, origin: 'VN' }],
};
const options: EvaluateOptions = { rules: defaultRules };
const prepared = prepare(options);
if (!prepared.ok) throw new Error(prepared.issues.map(formatIssue).join('\n'));

const result = evaluate(shipment, { rules: prepared.rules, rates: prepared.rates });
const issues: InputIssue[] = result.ok ? [] : result.issues;
const decision: Decision | undefined = result.ok && !('decisions' in result.output) ? result.output : undefined;
const exempt: boolean | undefined = decision?.exempt;
// @ts-expect-error a decision's value is a decimal string, not a number
const wrong: number | undefined = decision?.valueUsd;

const participant: Participant = PARTICIPANTS[0];
type Built = ReturnType<typeof buildRecord>;
const check: typeof validateRecord = validateRecord;
const record: DataPilotRecord | undefined = undefined;

// the element's types come with `s321/widget`, the tag map included
declare const element: HTMLElementTagNameMap['de-minimis-check'];
const same: DeMinimisCheckElement = element;
const tag: 'de-minimis-check' = TAG;
const schemaId: string = requestSchema.$id;

export { issues, exempt, wrong, participant, check, record, same, tag, schemaId };
export type { Built };

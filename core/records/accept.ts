// A fast yes/no check of a record, derived from the profile's zod schema: the checker compiled
// from its JSON Schema (specOf, through z.toJSONSchema) with the named checks of checks.ts,
// which zod runs as refinements.
//
// Why: `s321 export` validates every row; zod's safeParse builds payloads, issue arrays and a
// fresh output object per element, a fifth of the export's time. Most rows are valid, and for a
// valid row the only answer needed is "valid". So validateRecord first asks this predicate; when
// it says yes, zod would have said yes too; when it says no, zod runs and names the issues.
// test/node/core/records/accept-vs-schema.test.ts holds it equal to safeParse on built records and on
// mutated ones.
import type * as z from 'zod/mini';
import { compileChecker, type Checker } from '../contract/checker.ts';
import { specOf } from '../contract/zod.ts';
import { RECORD_CHECKS } from './checks.ts';

export type Accept = (value: unknown) => boolean;

const compiled = new WeakMap<object, Accept>();
const scratch: Parameters<Checker['check']>[2] = [];

/** The compiled predicate of a record schema: true only when safeParse would succeed. */
export function acceptFor(schema: z.ZodMiniType): Accept {
  let a = compiled.get(schema);
  if (!a) {
    const checker = compileChecker(specOf(schema), RECORD_CHECKS);
    a = (value) => {
      scratch.length = 0;
      return checker.check(value, '', scratch);
    };
    compiled.set(schema, a);
  }
  return a;
}

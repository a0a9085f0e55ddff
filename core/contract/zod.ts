// Writing a contract in zod so that its checker can be generated from it. A contract is an
// ordinary zod/mini schema (strict objects, optional members, arrays, enums, unions, records);
// the checks JSON Schema cannot state, and the messages of the checks it can, are attached with
// `checked(schema, ...rules)`, which adds each rule's zod check to the schema and records the
// same rule in a zod registry. `specOf` then prints the schema with z.toJSONSchema (public API)
// and merges in the registry's entries, giving the JSON Schema scripts/gen-contracts.ts writes
// the generated checker from. One definition: the zod check and the checker's check are built
// from the same rule, and the named checks are the same functions on both sides.
import * as z from 'zod/mini';
import { tooLong, type NamedCheck, type NamedChecks } from './checker.ts';

/** The JSON Schema keywords the generator reads, with s321's two annotations. */
export interface Spec {
  type?: string | string[];
  properties?: Record<string, Spec>;
  required?: string[];
  additionalProperties?: boolean | Spec;
  propertyNames?: Spec;
  items?: Spec;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  /** named checks, each a name or [name, argument], run after the keywords */
  'x-checks'?: ReadonlyArray<string | readonly [string, unknown]>;
  /** the contract's own message per keyword (pattern, minLength, integer, ...) */
  'x-messages'?: Record<string, string>;
}

interface ContractMeta {
  'x-messages'?: Record<string, string>;
  'x-checks'?: ReadonlyArray<readonly [string, unknown?]>;
}

/** What `checked` attaches to a schema (read back by specOf only). */
const contractRegistry = z.registry<ContractMeta>();

export interface Rule {
  check: z.core.$ZodCheck<never>;
  keyword?: string;
  message?: string;
  named?: readonly [string, unknown?];
}

// Each rule is the zod check and the keyword whose message it sets. Strings and arrays share
// the length keywords: the checker reads "minLength" for both.
/** A length limit; without a message, the checker's own for strings (tooLong). */
export const maxLength = (n: number, message?: string): Rule => ({ check: z.maxLength(n, message ?? tooLong(n)) as never, keyword: 'maxLength', message });
export const minLength = (n: number, message: string): Rule => ({ check: z.minLength(n, message) as never, keyword: 'minLength', message });
export const regex = (re: RegExp, message: string): Rule => ({ check: z.regex(re, message) as never, keyword: 'pattern', message });
export const int = (message: string): Rule => ({ check: z.int(message) as never, keyword: 'integer', message });
export const minimum = (n: number, message: string): Rule => ({ check: z.minimum(n, message) as never, keyword: 'minimum', message });
export const maximum = (n: number, message: string): Rule => ({ check: z.maximum(n, message) as never, keyword: 'maximum', message });

/** A named check (checks[name]) run by zod as a refinement and by the checker by name. */
export function named<C extends NamedChecks>(checks: C, name: keyof C & string, arg?: unknown): Rule {
  const fn = checks[name] as unknown as (v: unknown, a: unknown) => ReturnType<NamedCheck>;
  return {
    check: z.superRefine((v: unknown, ctx) => {
      const f = fn(v, arg);
      if (f === undefined) return;
      if (typeof f === 'string') ctx.addIssue({ code: 'custom', message: f, input: v });
      else
        ctx.addIssue({ code: 'custom', message: f.message, path: f.path ? [...f.path] : undefined, input: v, params: f.code ? { s321: f.code } : undefined });
    }) as never,
    named: arg === undefined ? [name] : [name, arg],
  };
}

/** The schema with the rules' zod checks, and the rules recorded for the derived checker. */
export function checked<T extends z.ZodMiniType>(schema: T, ...rules: Rule[]): T {
  const out = schema.check(...(rules.map((r) => r.check) as never[])) as T;
  const before = contractRegistry.get(schema) ?? {};
  const messages: Record<string, string> = { ...before['x-messages'] };
  const checks: Array<readonly [string, unknown?]> = [...(before['x-checks'] ?? [])];
  for (const r of rules) {
    if (r.keyword && r.message !== undefined) messages[r.keyword] = r.message;
    if (r.named) checks.push(r.named);
  }
  const meta: ContractMeta = {};
  if (Object.keys(messages).length) meta['x-messages'] = messages;
  if (checks.length) meta['x-checks'] = checks;
  contractRegistry.add(out, meta);
  return out;
}

// What the generator reads; annotations (descriptions, formats that a pattern already states)
// are dropped; anything else is an error, so a zod feature the generated checker does not know
// cannot pass unchecked.
const READ = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'minimum',
  'maximum',
  'anyOf',
  'x-checks',
  'x-messages',
]);
const DROPPED = new Set(['$schema', 'description', 'title', 'format', 'examples']);
const NESTED = new Set(['properties']);

// The generator's reading of a few keywords lets the spec say less: an enum or const needs no
// type; an object is strict unless it says otherwise (every contract object is, and
// additionalProperties: false is what JSON Schema says of it); a named check without an argument
// is its name.
function strip(node: Record<string, unknown>, where: string): Spec {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROPPED.has(k)) continue;
    if (k === 'type' && ('enum' in node || 'const' in node)) continue;
    if (k === 'additionalProperties' && v === false) continue;
    if (k === 'x-checks') {
      out[k] = (v as Array<readonly [string, unknown?]>).map((c) => (c.length === 1 ? c[0] : c));
      continue;
    }
    if (!READ.has(k)) throw new Error(`contract at ${where || '/'}: JSON Schema keyword "${k}" is not supported by the derived checker`);
    if (NESTED.has(k))
      out[k] = Object.fromEntries(Object.entries(v as Record<string, Record<string, unknown>>).map(([p, s]) => [p, strip(s, `${where}/${p}`)]));
    else if (k === 'anyOf') out[k] = (v as Record<string, unknown>[]).map((s, i) => strip(s, `${where}/anyOf/${i}`));
    else if ((k === 'items' || k === 'propertyNames' || k === 'additionalProperties') && typeof v === 'object')
      out[k] = strip(v as Record<string, unknown>, `${where}/${k}`);
    else out[k] = v;
  }
  return out as Spec;
}

/** A generated JSON Schema with s321's header ($schema first, then $id, title, description). */
export function withHeader(out: Record<string, unknown>, $id: string, title: string, description: string): Record<string, unknown> {
  const { $schema, ...rest } = out;
  return { $schema, $id, title, description, ...rest };
}

/** A contract's published JSON Schema (`s321 schema ...`, `s321/schemas/*.json`): zod's, with
 * s321's header. */
export function publishedJsonSchema(schema: z.ZodMiniType, $id: string, title: string, description: string): Record<string, unknown> {
  return withHeader(z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>, $id, title, description);
}

const specs = new WeakMap<z.ZodMiniType, Spec>();

/** The JSON Schema the checker is generated from: zod's own JSON Schema of the contract with the
 * registry's messages and named checks merged in, annotations dropped. */
export function specOf(schema: z.ZodMiniType): Spec {
  let spec = specs.get(schema);
  if (!spec) specs.set(schema, (spec = printSpec(schema)));
  return spec;
}

function printSpec(schema: z.ZodMiniType): Spec {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: (ctx) => {
      const meta = contractRegistry.get(ctx.zodSchema as unknown as z.ZodMiniType);
      if (meta) Object.assign(ctx.jsonSchema, meta);
    },
  }) as Record<string, unknown>;
  return strip(json, '');
}

/** The keys an object of the contract defines at a path (for "did you mean" hints on zod's
 * unknown-key issues), read from its JSON Schema. */
export function knownKeysIn(spec: Spec): (path: ReadonlyArray<PropertyKey>) => string[] {
  return (path) => {
    let s: Spec | undefined = spec;
    for (const seg of path) {
      if (!s) return [];
      s =
        typeof seg === 'number'
          ? s.items
          : (s.properties?.[seg as string] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined));
    }
    return s?.properties ? Object.keys(s.properties) : [];
  };
}

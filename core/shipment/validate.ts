// The engine's request validator. The contract's source of truth is the zod schema in
// schema.ts (it generates the JSON Schema and documents the request); this is the same check
// written for the hot path, because zod alone caps evaluation at about 230,000 shipments a
// second (issue 2 asks for 500,000) and would put 8 KB of gzip into the widget (issue 4's budget
// is 15 KB for everything). test/node/core/validate-vs-schema.test.ts holds the two equal on
// generated inputs: both accept the same requests and report the same paths.

import { isCountry } from '../geo/countries.ts';
import { describeValue, type InputIssue } from '../issues.ts';
import { isCurrency } from '../money/currencies.ts';
import { parseAmount } from '../money/money.ts';
import { ITEM_FLAGS, MODES } from '../rules/types.ts';
import { parseDateOrInstant } from '../time/new-york.ts';
import type { ShipmentInput } from './schema.ts';

// the duty layers and carrier fee of core/charges (schema.ts uses the same patterns and messages)
export const PROGRAM_RE = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const DUTY_RATE_RE = /^\d{1,4}(\.\d{1,6})?$/;
export const PER_UNIT_RE = /^\d{1,9}(\.\d{1,6})?$/;
export const USD_AMOUNT_RE = /^\d{1,9}(\.\d{1,2})?$/;
export const DUTY_ONE_OF = 'expected either "rate" (percent) or "perUnit" (USD per unit), not both and not neither';

const MODE_SET = new Set<string>(MODES);
const FLAG_SET = new Set<string>(ITEM_FLAGS);
const HTS_RE = /^(\d{10}|\d{4}\.\d{2}\.\d{4})$/;

type Obj = Record<string, unknown>;

const got = describeValue;

class Checker {
  constructor(readonly issues: InputIssue[]) {}

  type(path: string, v: unknown, expected: string): void {
    this.issues.push(
      v === undefined
        ? { path, code: 'MISSING', message: `required ${expected} is missing` }
        : { path, code: 'INVALID_TYPE', message: `expected ${expected}, got ${got(v)}` },
    );
  }

  value(path: string, v: unknown, message: string): void {
    this.issues.push({ path, code: 'INVALID_VALUE', message: `${message}, got ${got(v)}` });
  }

  obj(path: string, v: unknown): v is Obj {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return true;
    this.type(path, v, 'object');
    return false;
  }

  str(path: string, v: unknown, max: number, optional: boolean): boolean {
    if (v === undefined && optional) return true;
    if (typeof v !== 'string') {
      this.type(path, v, 'string');
      return false;
    }
    if (v.length > max) {
      this.issues.push({ path, code: 'TOO_BIG', message: `expected at most ${max} characters` });
      return false;
    }
    return true;
  }

  oneOf(path: string, v: unknown, set: ReadonlySet<string>, optional: boolean): boolean {
    if (v === undefined && optional) return true;
    if (typeof v === 'string' && set.has(v)) return true;
    const list = [...set].map((s) => JSON.stringify(s)).join(', ');
    this.issues.push(
      v === undefined
        ? { path, code: 'MISSING', message: `required value is missing: expected one of ${list}` }
        : { path, code: 'INVALID_VALUE', message: `expected one of ${list}, got ${got(v)}` },
    );
    return false;
  }

  country(path: string, v: unknown, optional: boolean): boolean {
    if (v === undefined && optional) return true;
    if (typeof v !== 'string') {
      this.type(path, v, 'ISO 3166-1 alpha-2 country code');
      return false;
    }
    if (isCountry(v)) return true;
    this.value(path, v, 'expected an ISO 3166-1 alpha-2 country code such as "VN"');
    return false;
  }

  when(path: string, v: unknown, optional: boolean): boolean {
    if (v === undefined && optional) return true;
    if (typeof v !== 'string') {
      this.type(path, v, 'date string (YYYY-MM-DD or ISO 8601 date-time)');
      return false;
    }
    if (parseDateOrInstant(v).ok) return true;
    this.value(path, v, 'expected a real date YYYY-MM-DD or an ISO 8601 date-time such as 2025-08-29T00:00:30-04:00');
    return false;
  }
}

function party(c: Checker, path: string, v: unknown): void {
  if (v === undefined || !c.obj(path, v)) return;
  c.str(`${path}.id`, v.id, 100, true);
  c.oneOf(`${path}.type`, v.type, PARTY_TYPES, true);
  c.str(`${path}.name`, v.name, 200, true);
  c.country(`${path}.country`, v.country, true);
  const a = v.address;
  if (a !== undefined && c.obj(`${path}.address`, a)) {
    c.str(`${path}.address.line1`, a.line1, 200, true);
    c.str(`${path}.address.line2`, a.line2, 200, true);
    c.str(`${path}.address.city`, a.city, 100, true);
    c.str(`${path}.address.region`, a.region, 100, true);
    c.str(`${path}.address.postalCode`, a.postalCode, 20, true);
    c.country(`${path}.address.country`, a.country, true);
  }
}

const PARTY_TYPES = new Set(['person', 'business']);
const KINDS = new Set(['purchase', 'gift']);

function item(c: Checker, path: string, v: unknown): void {
  if (!c.obj(path, v)) return;
  c.str(`${path}.description`, v.description, 500, true);
  const q = v.quantity;
  if (q !== undefined) {
    if (typeof q !== 'number' || Number.isNaN(q)) c.type(`${path}.quantity`, q, 'number');
    else if (!Number.isInteger(q)) c.value(`${path}.quantity`, q, 'expected a whole number');
    else if (q < 1) c.value(`${path}.quantity`, q, 'expected a quantity of at least 1');
    else if (q > 1_000_000) c.value(`${path}.quantity`, q, 'expected a quantity of at most 1,000,000');
  }
  const p = v.price;
  if (c.obj(`${path}.price`, p)) {
    const amount = p.amount;
    const amountOk = typeof amount === 'string' || typeof amount === 'number';
    if (!amountOk) c.value(`${path}.price.amount`, amount, amount === undefined ? 'required amount is missing' : 'expected a string or number');
    let currencyOk = false;
    if (typeof p.currency !== 'string') c.type(`${path}.price.currency`, p.currency, 'string');
    else if (!isCurrency(p.currency)) c.value(`${path}.price.currency`, p.currency, 'expected an ISO 4217 currency code such as "EUR"');
    else currencyOk = true;
    if (amountOk && currencyOk) {
      const t = typeof amount === 'string' ? amount : plainNumber(amount as number);
      const r = t === null ? { ok: false as const, expected: 'a finite non-negative amount' } : parseAmount(t, p.currency as string);
      if (!r.ok) c.value(`${path}.price.amount`, amount, `expected ${r.expected}`);
    }
  }
  c.country(`${path}.origin`, v.origin, false);
  if (v.hts !== undefined) {
    if (typeof v.hts !== 'string') c.type(`${path}.hts`, v.hts, 'string');
    else if (!HTS_RE.test(v.hts)) c.value(`${path}.hts`, v.hts, 'expected a 10-digit HTS number such as "6109100012" or "6109.10.0012"');
  }
  const f = v.flags;
  if (f !== undefined) {
    if (!Array.isArray(f)) c.type(`${path}.flags`, f, 'array');
    else for (let i = 0; i < f.length; i++) c.oneOf(`${path}.flags[${i}]`, f[i], FLAG_SET, false);
  }
  if (v.duties !== undefined) duties(c, `${path}.duties`, v.duties);
}

// Mirrors zod's order: an entry's "rate or perUnit" check runs unless the entry has a type
// issue (a missing or non-string field), and the "each program once" check runs unless some
// entry has one (zod skips refinements after type issues, not after pattern issues).
function duties(c: Checker, path: string, v: unknown): void {
  if (!Array.isArray(v)) return c.type(path, v, 'array');
  let typed = true;
  for (let i = 0; i < v.length; i++) {
    const at = `${path}[${i}]`;
    const d = v[i];
    if (!c.obj(at, d)) {
      typed = false;
      continue;
    }
    let ok = true;
    if (typeof d.program !== 'string') {
      c.type(`${at}.program`, d.program, 'string');
      ok = false;
    } else if (!PROGRAM_RE.test(d.program)) c.value(`${at}.program`, d.program, 'expected a kebab-case program id such as "mfn" or "section-301-china"');
    if (d.rate !== undefined) {
      if (typeof d.rate !== 'string') {
        c.type(`${at}.rate`, d.rate, 'string');
        ok = false;
      } else if (!DUTY_RATE_RE.test(d.rate)) c.value(`${at}.rate`, d.rate, 'expected a percent as a decimal string such as "6.5"');
    }
    if (d.perUnit !== undefined) {
      if (typeof d.perUnit !== 'string') {
        c.type(`${at}.perUnit`, d.perUnit, 'string');
        ok = false;
      } else if (!PER_UNIT_RE.test(d.perUnit)) c.value(`${at}.perUnit`, d.perUnit, 'expected USD per unit as a decimal string such as "0.25"');
    }
    if (ok && (d.rate === undefined) === (d.perUnit === undefined)) c.value(at, d, DUTY_ONE_OF);
    if (!ok) typed = false;
  }
  if (!typed) return;
  for (let i = 0; i < v.length; i++) {
    const p = (v[i] as Obj).program as string;
    if (v.findIndex((e) => isProgram(e, p)) < i) c.value(`${path}[${i}].program`, p, `expected each program once; "${p}" is given twice`);
  }
}

/** Whether a duties entry names this program (entries that are not objects name none). */
export function isProgram(e: unknown, program: string): boolean {
  return e !== null && typeof e === 'object' && (e as Obj).program === program;
}

function carrierFee(c: Checker, path: string, v: unknown): void {
  if (!c.obj(path, v)) return;
  if (typeof v.amount !== 'string') c.type(`${path}.amount`, v.amount, 'string');
  else if (!USD_AMOUNT_RE.test(v.amount)) c.value(`${path}.amount`, v.amount, 'expected a USD amount such as "2.50"');
  c.str(`${path}.name`, v.name, 100, true);
}

/** A JSON number as a plain decimal string; null for NaN, infinities and exponent forms. */
export function plainNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n);
  return /e/i.test(s) ? null : s;
}

/** Checks one shipment; pushes issues (paths prefixed by base) and returns it typed when valid. */
export function validateShipment(raw: unknown, base: string, issues: InputIssue[]): ShipmentInput | null {
  const c = new Checker(issues);
  const before = issues.length;
  const at = (p: string) => (base ? `${base}.${p}` : p);
  if (!c.obj(base, raw)) return null;
  c.str(at('id'), raw.id, 100, true);
  c.when(at('arrival'), raw.arrival, false);
  c.when(at('exportDate'), raw.exportDate, true);
  c.oneOf(at('mode'), raw.mode, MODE_SET, false);
  c.country(at('shipFrom'), raw.shipFrom, false);
  c.oneOf(at('kind'), raw.kind, KINDS, true);
  party(c, at('sender'), raw.sender);
  party(c, at('recipient'), raw.recipient);
  c.str(at('orderId'), raw.orderId, 100, true);
  const items = raw.items;
  if (!Array.isArray(items)) c.type(at('items'), items, 'array');
  else if (items.length === 0) issues.push({ path: at('items'), code: 'TOO_SMALL', message: 'expected at least one item' });
  else for (let i = 0; i < items.length; i++) item(c, at(`items[${i}]`), items[i]);
  if (raw.carrierFee !== undefined) carrierFee(c, at('carrierFee'), raw.carrierFee);
  return issues.length === before ? (raw as unknown as ShipmentInput) : null;
}

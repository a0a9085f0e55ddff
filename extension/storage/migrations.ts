// Stored-data migrations: data survives extension updates. Each step takes
// the raw stored object of version `from` and returns version `to`; steps run in order up to the
// version this build writes. Data from a NEWER build is never rewritten (it would lose fields
// this build does not know): the caller gets an error and leaves the storage alone.

export type Raw = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  why: string;
  up(raw: Raw): Raw;
}

export const migrations: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    why: 'first versioned layout: storage without schemaVersion is a fresh install or a pre-release build; keep what validates, fill in defaults',
    up: (raw) => {
      const out: Raw = { ...raw, schemaVersion: 1 };
      // the pre-release prototype kept product drafts under "seen"; they become captures
      if (Array.isArray(raw.seen) && !Array.isArray(raw.captures)) {
        out.captures = raw.seen.filter((s) => s && typeof s === 'object').map((s, i) => ({ id: `seen-${i}`, at: '1970-01-01T00:00:00.000Z', draft: s }));
      }
      delete out.seen;
      return out;
    },
  },
];

export type MigrationResult = { ok: true; raw: Raw; applied: string[] } | { ok: false; error: string };

export function runMigrations(raw: Raw, target: number, list: readonly Migration[] = migrations): MigrationResult {
  const v = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, error: `schemaVersion ${JSON.stringify(v)} is not a version number` };
  if (v > target)
    return {
      ok: false,
      error: `the stored data is version ${v}, written by a newer version of this extension (this one reads up to ${target}); update the extension, nothing was changed`,
    };
  let cur = raw;
  let at = v;
  const applied: string[] = [];
  while (at < target) {
    const step = list.find((m) => m.from === at);
    if (!step) return { ok: false, error: `no migration from version ${at}` };
    cur = step.up(cur);
    if (cur.schemaVersion !== step.to) return { ok: false, error: `migration ${step.from}->${step.to} did not set schemaVersion` };
    applied.push(`${step.from}->${step.to}`);
    at = step.to;
  }
  return { ok: true, raw: cur, applied };
}

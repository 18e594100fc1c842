import type { ParsedVersion } from '../versions/types.js';
import type { Cycle } from './types.js';

/** Cycles by key: id, codename or alias, case-insensitive (a KnownLifecycle, or a set of keys). */
export interface CycleKeys<C> {
  find(key: string): C | undefined;
}

/**
 * The keys of a product's cycles, lower case: every id first (an id is never shadowed), then
 * codenames (also by their first word: `Jammy Jellyfish` → `jammy`) and aliases where still free.
 */
export function cycleKeys(cycles: readonly Cycle[]): CycleKeys<Cycle> {
  const index = new Map<string, Cycle>();
  for (const c of cycles) {
    const id = c.id.toLowerCase();
    if (!index.has(id)) index.set(id, c);
  }
  for (const c of cycles) {
    if (c.codename) {
      const k = c.codename.toLowerCase();
      if (!index.has(k)) index.set(k, c);
      const first = k.split(/\s+/)[0];
      if (first && !index.has(first)) index.set(first, c);
    }
    for (const a of c.aliases ?? []) if (!index.has(a.toLowerCase())) index.set(a.toLowerCase(), c);
  }
  return { find: (key) => index.get(key.toLowerCase()) };
}

/**
 * The cycle a pin names. In this order:
 * 1. the pin is a cycle's id, codename or alias (`4.6.2`, `2003-sp2`, `1.0-python-2`, `pacific`);
 * 2. else the longest cycle key that prefixes the version at a version boundary (`8.0.46.1` →
 *    `8.0.46` before `8.0`; `4.9-lts.2` → `4.9-lts`; `7 (2009)` → `7`; `4.6.25` is not `4.6.2`),
 *    also after a leading `v` or a packaging epoch (`v1.27.3`, `5:20.10.23`); where the version
 *    carries a label that a cycle of that prefix carries too, that cycle (`8.3.101-CE` → `8.3-ce`);
 * 3. else the first of the scheme's cycle keys that names a cycle (`stable/zed` → `zed`, `jammy` → `22.04`);
 * 4. else the longest numeric prefix of the version's release parts that is a cycle (`9.0.00.200` → `9.0.0`).
 * Matching by the scheme's `major.minor`/`major` alone would send `4.6.2` to cycle `4.6`.
 */
export function cycleOf<C>(cycles: CycleKeys<C>, version: string, parsed: ParsedVersion | undefined): C | undefined {
  const exact = cycles.find(version);
  if (exact) return exact;
  for (const text of bareForms(version)) {
    const prefixed = longestPrefix(cycles, text);
    if (prefixed) return prefixed;
  }
  if (!parsed || parsed.unversioned) return undefined;
  for (const key of parsed.cycles) {
    const c = cycles.find(key);
    if (c) return c;
  }
  for (let length = parsed.release.length; length > 0; length--) {
    const c = cycles.find(parsed.release.slice(0, length).join('.'));
    if (c) return c;
  }
  return undefined;
}

const EPOCH = /^\d{1,9}:/;
const V_PREFIX = /^v(?=\d)/i;

/** The version as written, then without its `v`; without its epoch only (`5:20.10.23` is not cycle 5). */
function bareForms(version: string): string[] {
  const withoutEpoch = version.replace(EPOCH, '');
  const bare = withoutEpoch.replace(V_PREFIX, '');
  if (withoutEpoch !== version) return [bare];
  return bare === version ? [version] : [version, bare];
}

/** The cycle of the longest prefix of `text` ending at a boundary: a separator or a change between digits and letters. */
function longestPrefix<C>(cycles: CycleKeys<C>, text: string): C | undefined {
  for (let end = text.length; end > 0; end--) {
    if (end < text.length && !isBoundary(text, end)) continue;
    const prefix = text.slice(0, end);
    const c = cycles.find(prefix);
    if (c) return labelled(cycles, prefix, text.slice(end)) ?? c;
  }
  return undefined;
}

const LABEL = /[A-Za-z][A-Za-z0-9]*/g;

/** A cycle `<prefix>-<label>` whose label the rest of the version carries (`8.3` + `.101-CE` → `8.3-ce`). */
function labelled<C>(cycles: CycleKeys<C>, prefix: string, rest: string): C | undefined {
  for (const label of rest.match(LABEL) ?? []) {
    const c = cycles.find(`${prefix}-${label}`) ?? cycles.find(`${prefix}_${label}`);
    if (c) return c;
  }
  return undefined;
}

function isBoundary(text: string, at: number): boolean {
  const before = kind(text.charCodeAt(at - 1));
  const after = kind(text.charCodeAt(at));
  if (before === 'other') return false;
  return after === 'other' || before !== after;
}

function kind(code: number): 'digit' | 'letter' | 'other' {
  if (code >= 48 && code <= 57) return 'digit';
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'letter';
  return 'other';
}

/** A cycle that a pin of its own id or of its `latest` version does not reach. */
export interface UnreachableCycle {
  readonly cycle: string;
  /** What was pinned: the cycle's id, or its latest version. */
  readonly by: 'id' | 'latest';
  readonly version: string;
  /** The cycle the pin reaches instead; undefined: none. */
  readonly reaches: string | undefined;
}

/**
 * Cycles that pins cannot reach: an id that names another cycle (`11-LTSC` beside `11-ltsc`), or a
 * `latest` that resolves elsewhere (Kindle `paperwhite-12`'s 5.19.2; mule-runtime `4.9-lts`'s 4.9.16
 * is cycle `4.9`; Windows Server `2025`'s 10.0.26100 names no cycle): such a cycle is pinned by its id.
 */
export function unreachableCycles(cycles: readonly Cycle[], parse: (version: string) => ParsedVersion | undefined): UnreachableCycle[] {
  const keys = cycleKeys(cycles);
  const out: UnreachableCycle[] = [];
  for (const c of cycles)
    for (const [by, version] of [
      ['id', c.id],
      ['latest', c.latest],
    ] as const) {
      if (version === undefined) continue;
      const reached = cycleOf(keys, version, parse(version));
      if (reached !== c) out.push({ cycle: c.id, by, version, reaches: reached?.id });
    }
  return out;
}

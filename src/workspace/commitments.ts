import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_RULES } from '../core/check/finding.js';
import type { Commitment, Waiver } from '../core/commitments/types.js';
import type { Problem } from '../core/errors.js';
import { throwProblems } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import type { Release, Workspace } from '../core/workspace.js';
import { readYaml, validate } from '../files/yaml-file.js';
import { CommitmentsFile } from './schema.js';

export const COMMITMENTS_FILE = 'commitments.yaml';

const FIX = 'correct the entry (docs/commitments.md describes every field)';

export interface LoadedCommitments {
  readonly commitments: Commitment[];
  readonly waivers: Waiver[];
}

/**
 * Reads commitments.yaml of a workspace (none: no commitments) and checks it against the
 * workspace: known releases, components and cycles, no overlapping or contradictory promises,
 * every waiver with an expiry and a known rule. Every problem at once, with file and line.
 */
export function loadCommitments(dir: string, ws: Workspace): LoadedCommitments | undefined {
  const file = join(dir, COMMITMENTS_FILE);
  if (!existsSync(file)) return undefined;
  const src = readYaml(file, 'commitments file');
  const parsed = validate(CommitmentsFile, src.value == null ? { ...src, value: {} } : src, FIX);
  const problems: Problem[] = [];
  const at = (path: readonly (string | number)[]) => {
    const line = src.lineOf(path);
    return { file, ...(line ? { line } : {}) };
  };
  const problem = (code: Problem['code'], path: (string | number)[], message: string, hint: string): void => {
    problems.push({ code, message, hint, location: { ...at(path), path: path.join('.') } } as Problem);
  };

  const commitments: Commitment[] = [];
  parsed.commitments.forEach((c, i) => {
    const base = ['commitments', i];
    const release = knownRelease(ws, c.release, [...base, 'release'], problem);
    if (!release || !knownComponent(ws, release, c.component, [...base, 'component'], problem)) return;
    let cycle: string | undefined;
    if (c.cycle !== undefined) {
      cycle = cycleId(ws, c.component, c.cycle);
      if (!cycle) {
        problem(
          'UPK_UNKNOWN_CYCLE',
          [...base, 'cycle'],
          `commitment for ${c.component} in ${c.release} names cycle "${c.cycle}", which its product does not have`,
          `use one of: ${cycleNames(ws, c.component).slice(0, 12).join(', ') || '(the component has no lifecycle: leave out cycle)'}`,
        );
        return;
      }
    }
    const from = c.from ?? release.date;
    if (c.until < from) {
      problem(
        'UPK_BAD_DATE',
        [...base, 'until'],
        `commitment for ${c.component} in ${c.release} ends (${c.until}) before it starts (${from})`,
        'until must be on or after from (default: the release date)',
      );
      return;
    }
    commitments.push({
      release: c.release,
      component: c.component,
      ...(cycle !== undefined ? { cycle } : {}),
      by: c.by,
      ...(c.partner ? { partner: c.partner } : {}),
      scope: c.scope,
      ...(c.from ? { from: c.from } : {}),
      until: c.until,
      ...(c.link ? { link: c.link } : {}),
      ...(c.note ? { note: c.note } : {}),
      at: at(base),
    });
  });
  overlaps(commitments, ws, problem, parsed.commitments);

  const waivers: Waiver[] = [];
  const rules = FINDING_RULES as readonly string[];
  parsed.waivers.forEach((w, i) => {
    const base = ['waivers', i];
    if (w.expires === undefined) {
      problem(
        'UPK_SCHEMA',
        base,
        `waiver of "${w.rule}" for ${w.component} in ${w.release} has no expiry: an accepted finding must be looked at again`,
        'add expires: YYYY-MM-DD (the date by which the owner decides again)',
      );
      return;
    }
    if (!rules.includes(w.rule)) {
      const near = closest(w.rule, rules, 3);
      problem(
        'UPK_UNKNOWN_RULE',
        [...base, 'rule'],
        `waiver names rule "${w.rule}", which is no kind of finding`,
        `${near.length ? `did you mean ${near.join(', ')}? ` : ''}the kinds are listed in docs/policy.md`,
      );
      return;
    }
    const release = knownRelease(ws, w.release, [...base, 'release'], problem);
    if (!release || !knownComponent(ws, release, w.component, [...base, 'component'], problem)) return;
    const twin = waivers.find((x) => x.release === w.release && x.component === w.component && x.rule === w.rule);
    if (twin) {
      problem(
        'UPK_DUPLICATE',
        base,
        `a second waiver of "${w.rule}" for ${w.component} in ${w.release}`,
        `keep one (the other is at line ${twin.at?.line ?? '?'})`,
      );
      return;
    }
    waivers.push({ release: w.release, component: w.component, rule: w.rule, reason: w.reason, owner: w.owner, expires: w.expires, at: at(base) });
  });
  throwProblems(problems);
  return { commitments, waivers };
}

type Report = (code: Problem['code'], path: (string | number)[], message: string, hint: string) => void;

function knownRelease(ws: Workspace, id: string, path: (string | number)[], problem: Report): Release | undefined {
  const r = ws.releases.find((x) => x.id === id);
  if (!r) {
    const near = closest(
      id,
      ws.releases.map((x) => x.id),
      3,
    );
    problem(
      'UPK_UNKNOWN_RELEASE',
      path,
      `release "${id}" is not in the workspace`,
      `use one of: ${(near.length ? near : ws.releases.map((x) => x.id)).join(', ')}`,
    );
  }
  return r;
}

/** The component is pinned by the release (default or alternative). */
function knownComponent(ws: Workspace, release: Release, component: string, path: (string | number)[], problem: Report): boolean {
  if ([...release.pins, ...release.alternatives].some((p) => p.component === component)) return true;
  const pinned = release.pins.map((p) => p.component);
  const near = closest(component, pinned, 3);
  problem(
    'UPK_UNKNOWN_COMPONENT',
    path,
    ws.components.has(component) ? `${release.id} does not pin component "${component}"` : `component "${component}" is not in the workspace`,
    near.length ? `did you mean ${near.join(', ')}?` : `use a component that releases/${release.id}.yaml pins`,
  );
  return false;
}

function productOf(ws: Workspace, component: string) {
  const id = ws.components.get(component)?.product ?? component;
  return ws.products.get(id);
}

/** Every name of the component's cycles (ids, codenames, aliases). */
function cycleNames(ws: Workspace, component: string): string[] {
  const product = productOf(ws, component);
  return product ? product.cycles.flatMap((c) => [c.id, ...(c.codename ? [c.codename.toLowerCase()] : []), ...(c.aliases ?? [])]) : [];
}

/** The cycle id a commitment's `cycle` names (`pacific`, `Pacific` or `16` → `16`). */
function cycleId(ws: Workspace, component: string, name: string): string | undefined {
  const product = productOf(ws, component);
  const n = name.toLowerCase();
  return product?.cycles.find(
    (c) =>
      c.id.toLowerCase() === n ||
      c.codename?.toLowerCase() === n ||
      c.codename?.toLowerCase().split(/\s+/)[0] === n ||
      c.aliases?.some((a) => a.toLowerCase() === n),
  )?.id;
}

/**
 * Two promises by the same maintainer for the same pins whose periods meet: overlapping (same
 * scope: which one holds?) or contradictory (another scope at the same time).
 */
function overlaps(list: readonly Commitment[], ws: Workspace, problem: Report, files: CommitmentsFile['commitments']): void {
  const start = (c: Commitment) => c.from ?? ws.releases.find((r) => r.id === c.release)?.date ?? c.until;
  list.forEach((c, j) => {
    for (let i = 0; i < j; i++) {
      const o = list[i] as Commitment;
      const same = o.release === c.release && o.component === c.component && (o.cycle === undefined || c.cycle === undefined || o.cycle === c.cycle);
      if (!same || o.by !== c.by || o.partner !== c.partner) continue;
      if (start(c) > o.until || start(o) > c.until) continue;
      const index = files.findIndex((f) => f.release === c.release && f.component === c.component && f.until === c.until && f.by === c.by);
      problem(
        'UPK_COMMITMENT_CONFLICT',
        ['commitments', index < 0 ? j : index],
        o.scope === c.scope
          ? `commitment by ${c.by} for ${c.component} in ${c.release} overlaps the one at line ${o.at?.line ?? '?'} (${start(o)} → ${o.until})`
          : `commitment by ${c.by} for ${c.component} in ${c.release} (${c.scope}) contradicts the one at line ${o.at?.line ?? '?'} (${o.scope}) for the same days`,
        'merge them into one, or let one end before the other starts (from: / until:)',
      );
      return;
    }
  });
}

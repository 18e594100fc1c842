import { dateProblem, isPlainDate, type PlainDate } from '../../core/dates.js';
import { type Problem, throwProblems } from '../../core/errors.js';
import type { Cycle, PointRelease, Product } from '../../core/lifecycle/types.js';
import { getScheme } from '../../core/versions/registry.js';
import type { ImportResult } from '../../core/workspace.js';
import type { CephReleasesText } from './parse.js';

/**
 * Ceph's release data: the cycle key is the major version (16 ↔ pacific; `0.94` ↔ hammer before
 * Infernalis), the announced end is `target_eol`, the actual one `actual_eol`, and every point
 * release keeps its date; the `development:` releases join the cycle they led to (unstable points,
 * never counted as point releases). A cycle is released on its first stable release. Every
 * problem (a bad version or date, a release under the wrong name) is reported at once with its line.
 */
export function cephProduct(parsed: CephReleasesText, file: string): Product {
  const { data, lineOf } = parsed;
  const ceph = getScheme('ceph');
  const problems: Problem[] = [];
  const problem = (path: (string | number)[], message: string, hint: string) => {
    const line = lineOf(path);
    problems.push({
      code: 'UPK_IMPORT_SHAPE',
      message: `${path.join('.')}: ${message}`,
      hint,
      location: { file, path: path.join('.'), ...(line ? { line } : {}) },
    });
  };
  const date = (path: (string | number)[], v: string | undefined, what: string): PlainDate | undefined => {
    if (v === undefined) return undefined;
    if (isPlainDate(v)) return v;
    problem(path, `${what}: ${dateProblem(v)}`, 'write a real calendar date as YYYY-MM-DD');
    return undefined;
  };
  /** A point release as [cycle key, point], or a problem at its path. */
  const point = (path: (string | number)[], p: { version: string; released?: string | undefined }): [string, PointRelease] | undefined => {
    const parsed = ceph?.parse(p.version);
    if (!parsed || (parsed.release.length < 3 && parsed.release[0] !== 0)) {
      problem([...path, 'version'], `"${p.version}" is not a Ceph version (major.minor.patch, e.g. 16.2.11; 0.94 before Infernalis)`, 'correct the version');
      return undefined;
    }
    if (p.released === undefined) {
      problem(path, `release ${p.version} has no date`, 'add `released: YYYY-MM-DD` (the date of its announcement on ceph.io)');
      return undefined;
    }
    const d = date([...path, 'released'], p.released, 'released');
    return d ? [parsed.cycles[0] as string, { version: p.version, date: d }] : undefined;
  };
  const cycles = new Map<string, Cycle & { points: PointRelease[] }>();
  for (const [name, rel] of Object.entries(data.releases)) {
    const points: PointRelease[] = [];
    let key: string | undefined;
    rel.releases.forEach((p, i) => {
      const path = ['releases', name, 'releases', i];
      const found = point(path, p);
      if (!found) return;
      if (key === undefined) key = found[0];
      else if (found[0] !== key) {
        problem([...path, 'version'], `${p.version} is not of cycle ${key} like the other releases of ${name}`, 'move it under its own named release');
        return;
      }
      points.push(found[1]);
    });
    if (key === undefined) continue;
    if (cycles.has(key)) {
      problem(
        ['releases', name],
        `${name} is a second named release of cycle ${key}`,
        `give each cycle one named release (the other is ${cycles.get(key)?.aliases?.[0]})`,
      );
      continue;
    }
    const target = date(['releases', name, 'target_eol'], rel.target_eol, 'target_eol');
    const actual = date(['releases', name, 'actual_eol'], rel.actual_eol, 'actual_eol');
    cycles.set(key, {
      id: key,
      codename: name[0]?.toUpperCase() + name.slice(1),
      aliases: [name],
      ends: target || actual ? { maintained: { ...(target ? { announced: target } : {}), ...(actual ? { actual } : {}) } } : {},
      points,
    });
  }
  (data.development?.releases ?? []).forEach((p, i) => {
    const found = point(['development', 'releases', i], p);
    if (!found) return;
    const [key, dev] = found;
    let cycle = cycles.get(key);
    if (!cycle) cycles.set(key, (cycle = { id: key, ends: {}, points: [] }));
    cycle.points.push(dev);
  });
  const byDate = (a: PointRelease, b: PointRelease) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const result: Cycle[] = [];
  for (const c of cycles.values()) {
    c.points.sort(byDate);
    const first = c.points.find((p) => ceph?.parse(p.version)?.stable)?.date;
    const actual = c.ends.maintained?.actual;
    if (actual && first && actual < first)
      problem(
        ['releases', c.aliases?.[0] ?? c.id, 'actual_eol'],
        `actual_eol ${actual} precedes the first release of ${c.aliases?.[0] ?? c.id} (${first})`,
        'correct actual_eol or the release dates',
      );
    result.push({ ...c, ...(first ? { released: first } : {}) });
  }
  throwProblems(problems);
  result.sort((a, b) => ceph?.compareCycles(b.id, a.id) ?? 0);
  return {
    id: 'ceph',
    name: 'Ceph',
    scheme: 'ceph',
    cycles: result,
    history: [],
    sources: ['https://docs.ceph.com/en/latest/releases/', 'https://github.com/ceph/ceph/blob/main/doc/releases/releases.yml'],
  };
}

export function cephImport(parsed: CephReleasesText, file: string): ImportResult {
  return { products: [cephProduct(parsed, file)], releases: [], components: [], warnings: [], source: 'Ceph doc/releases/releases.yml' };
}

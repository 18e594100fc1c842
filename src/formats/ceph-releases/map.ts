import { isPlainDate, type PlainDate } from '../../core/dates.js';
import { type Problem, throwProblems } from '../../core/errors.js';
import type { Cycle, PointRelease, Product } from '../../core/lifecycle/types.js';
import { getScheme } from '../../core/versions/registry.js';
import type { ImportResult } from '../../core/workspace.js';
import type { CephReleasesText } from './parse.js';

/**
 * Ceph's release data: the cycle key is the major version (16 ↔ pacific), the announced end is
 * `target_eol`, the actual one `actual_eol`, and every point release keeps its date. Every
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
    problem(path, `${what} "${v}" is not a date in YYYY-MM-DD form`, 'write the date as YYYY-MM-DD');
    return undefined;
  };
  const cycles: Cycle[] = [];
  for (const [name, rel] of Object.entries(data.releases)) {
    const points: PointRelease[] = [];
    let major: number | undefined;
    rel.releases.forEach((p, i) => {
      const path = ['releases', name, 'releases', i];
      const parsed = ceph?.parse(p.version);
      if (!parsed || parsed.release.length < 3) {
        problem([...path, 'version'], `"${p.version}" is not a Ceph version (major.minor.patch, e.g. 16.2.11)`, 'correct the version');
        return;
      }
      if (major === undefined) major = parsed.release[0];
      else if (parsed.release[0] !== major)
        problem([...path, 'version'], `${p.version} is not of major ${major} like the other releases of ${name}`, 'move it under its own named release');
      if (p.released === undefined) {
        problem(path, `release ${p.version} has no date`, 'add `released: YYYY-MM-DD` (the date of its announcement on ceph.io)');
        return;
      }
      const d = date([...path, 'released'], p.released, 'released');
      if (d) points.push({ version: p.version, date: d });
    });
    if (major === undefined) continue;
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const target = date(['releases', name, 'target_eol'], rel.target_eol, 'target_eol');
    const actual = date(['releases', name, 'actual_eol'], rel.actual_eol, 'actual_eol');
    const stable = points.filter((p) => ceph?.parse(p.version)?.stable);
    const first = (stable[0] ?? points[0])?.date;
    if (actual && first && actual < first)
      problem(
        ['releases', name, 'actual_eol'],
        `actual_eol ${actual} precedes the first release of ${name} (${first})`,
        'correct actual_eol or the release dates',
      );
    cycles.push({
      id: String(major),
      codename: name[0]?.toUpperCase() + name.slice(1),
      aliases: [name],
      ...(first ? { released: first } : {}),
      ends: target || actual ? { maintained: { ...(target ? { announced: target } : {}), ...(actual ? { actual } : {}) } } : {},
      points,
    });
  }
  throwProblems(problems);
  cycles.sort((a, b) => Number(b.id) - Number(a.id));
  return {
    id: 'ceph',
    name: 'Ceph',
    scheme: 'ceph',
    cycles,
    history: [],
    sources: ['https://docs.ceph.com/en/latest/releases/', 'https://github.com/ceph/ceph/blob/main/doc/releases/releases.yml'],
  };
}

export function cephImport(parsed: CephReleasesText, file: string): ImportResult {
  return { products: [cephProduct(parsed, file)], releases: [], components: [], warnings: [], source: 'Ceph doc/releases/releases.yml' };
}

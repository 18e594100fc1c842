import path from 'node:path';
import { collectProblems, type Problem, throwProblems, UpkeepError } from '../../core/errors.js';
import type { Component, ImportResult, Pin, Release } from '../../core/workspace.js';
import { checkDates } from '../request.js';
import type { StackReleaseRequest } from '../types.js';
import { parseManifest } from './parse.js';
import { basePins, cephPins, type ManifestFile, type ManifestPins, openstackPins, sbomPins } from './pins.js';
import { osismComponent } from './products.js';

/** The files of one release folder: file name → text (a symlink file's text is its target's name). */
export interface ManifestFolder {
  readonly dir: string;
  readonly files: ReadonlyMap<string, string>;
}

type Family = 'ceph' | 'openstack' | 'sbom-openstack';

const SHAPE_HINT =
  'an OSISM release folder holds base.yml, ceph-*.yml, openstack-*.yml (and ceph.yml/openstack.yml naming the default); point at a <version>/ folder of osism/release';
const PIN_READERS: Record<Family, (file: ManifestFile) => ManifestPins> = { ceph: cephPins, openstack: openstackPins, 'sbom-openstack': sbomPins };
/** Families every release has; the Kolla SBOM files came with OSISM 8.1.0, so older folders lack them silently. */
const OPTIONAL_FAMILIES: ReadonlySet<Family> = new Set(['sbom-openstack']);

/**
 * One Release from the manifests of an OSISM release folder: base.yml, the default ceph and
 * openstack files (named by `ceph.yml`/`openstack.yml`) as pins, the other ceph-*.yml and
 * openstack-*.yml files as alternatives. Pure: the folder's files are given as texts.
 */
export function osismReleaseFromFiles(folder: ManifestFolder, opts: StackReleaseRequest): ImportResult {
  checkDates(opts);
  const warnings: string[] = [];
  const baseText = folder.files.get('base.yml');
  if (baseText === undefined) {
    throw new UpkeepError('UPK_IMPORT_SHAPE', `${folder.dir} has no base.yml, so it is not an OSISM release folder`, SHAPE_HINT, {
      file: path.join(folder.dir, 'base.yml'),
    });
  }
  // every bad manifest is reported, not only the first
  const problems: Problem[] = [];
  const base = collectProblems(() => basePins(parseManifest(folder.dir, 'base.yml', baseText, 'pending')), problems);
  const version = base?.managerVersion ?? path.basename(path.resolve(folder.dir));
  const sourceOf = (name: string): string => `osism-release/${version}/${name}`;
  const pins = new PinSet(warnings);
  pins.addAll(relabel(base?.pins ?? [], sourceOf('base.yml')));
  warnings.push(...(base?.warnings ?? []));

  const alternatives: Pin[] = [];
  const used = ['base.yml'];
  for (const family of ['ceph', 'openstack', 'sbom-openstack'] as const) {
    const candidates = [...folder.files.keys()].filter((name) => new RegExp(`^${family}-.+\\.ya?ml$`).test(name)).sort();
    const chosen = defaultFile(folder, family, candidates, warnings);
    if (chosen === undefined) continue;
    const read = (name: string): ManifestPins => {
      const result = collectProblems(() => PIN_READERS[family](parseManifest(folder.dir, name, folder.files.get(name) ?? '', sourceOf(name))), problems);
      warnings.push(...(result?.warnings ?? []));
      return result ?? { pins: [], warnings: [] };
    };
    const defaults = read(chosen).pins;
    pins.addAll(defaults);
    used.push(chosen);
    for (const other of candidates.filter((name) => name !== chosen)) {
      alternatives.push(...read(other).pins.filter((alt) => !defaults.some((d) => d.component === alt.component && d.version === alt.version)));
    }
  }
  throwProblems(problems);
  warnings.push(...ignoredFiles(folder));

  const release: Release = { id: opts.releaseId, version, date: opts.date, end: opts.end, pins: pins.list, alternatives, at: { file: folder.dir } };
  return {
    products: [],
    releases: [release],
    components: componentsOf([...pins.list, ...alternatives]),
    warnings,
    source: `osism-release/${version} (${used.join(', ')})`,
  };
}

function relabel(pins: readonly Pin[], source: string): Pin[] {
  return pins.map((p) => ({ ...p, source }));
}

/**
 * The file `ceph.yml`/`openstack.yml` names (upstream they are symlinks; copied, they hold the
 * target's name, or, after `cp -L`, the target's content). Without one, a single candidate is it.
 */
function defaultFile(folder: ManifestFolder, family: Family, candidates: readonly string[], warnings: string[]): string | undefined {
  const linkName = `${family}.yml`;
  const link = folder.files.get(linkName);
  const location = { file: path.join(folder.dir, linkName), line: 1 };
  if (link === undefined) {
    if (candidates.length === 0 && OPTIONAL_FAMILIES.has(family)) return undefined;
    if (candidates.length > 1) {
      throw new UpkeepError(
        'UPK_IMPORT_SHAPE',
        `${folder.dir} has ${candidates.join(', ')} but no ${linkName} saying which is the default`,
        `add ${linkName} holding the default file's name; ${SHAPE_HINT}`,
        { file: folder.dir },
      );
    }
    const [only] = candidates;
    warnings.push(
      only === undefined
        ? `no ${family}-*.yml in ${folder.dir}: the release pins no ${family === 'ceph' ? 'Ceph' : family === 'openstack' ? 'OpenStack' : 'Kolla image'}`
        : `no ${linkName}: ${only} taken as the default`,
    );
    return only;
  }
  const target = link.trim();
  if (/^[^\s/\\]+\.ya?ml$/.test(target)) {
    if (target === linkName || !candidates.includes(target)) {
      throw new UpkeepError(
        'UPK_IMPORT_SHAPE',
        `${linkName} points to ${target}, which is not a ${family}-*.yml file in ${folder.dir}`,
        `restore ${target} or point ${linkName} at one of: ${candidates.join(', ') || `(no ${family}-*.yml present)`}`,
        location,
      );
    }
    return target;
  }
  const copy = candidates.find((name) => folder.files.get(name) === link);
  if (copy !== undefined) return copy;
  throw new UpkeepError(
    'UPK_IMPORT_SHAPE',
    `${linkName} does not name a ${family}-*.yml file (upstream it is a symlink to the default one)`,
    `make ${linkName} hold the default file's name, e.g. ${candidates[0] ?? `${family}-<name>.yml`}`,
    location,
  );
}

function ignoredFiles(folder: ManifestFolder): string[] {
  const known = /^(base|ceph|openstack|sbom-openstack)\.yml$|^(ceph|openstack|sbom-openstack)-.+\.ya?ml$/;
  const ignored = [...folder.files.keys()].filter((name) => !known.test(name)).sort();
  return ignored.length > 0 ? [`not part of an OSISM release manifest, ignored: ${ignored.join(', ')}`] : [];
}

/** Pins by component id: the first file wins; a different version later is reported, not merged. */
class PinSet {
  readonly list: Pin[] = [];
  private readonly byId = new Map<string, Pin>();

  constructor(private readonly warnings: string[]) {}

  addAll(pins: readonly Pin[]): void {
    for (const pin of pins) {
      const first = this.byId.get(pin.component);
      if (first === undefined) {
        this.byId.set(pin.component, pin);
        this.list.push(pin);
      } else if (first.version !== pin.version) {
        this.warnings.push(
          `${pin.source ?? ''}: ${pin.component} ${pin.version} differs from ${first.version} in ${first.source ?? 'an earlier file'}; kept ${first.version}`,
        );
      }
    }
  }
}

function componentsOf(pins: readonly Pin[]): Component[] {
  const components = new Map<string, Component>();
  for (const pin of pins) {
    if (components.has(pin.component)) continue;
    const component = osismComponent(pin);
    if (component) components.set(pin.component, component);
  }
  return [...components.values()];
}

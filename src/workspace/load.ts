import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectProblems, type Problem, throwProblems, UpkeepError } from '../core/errors.js';
import type { Fact, Product } from '../core/lifecycle/types.js';
import { validateLifecycle } from '../core/lifecycle/validate.js';
import { isRange } from '../core/policy/constraint.js';
import { validatePolicy } from '../core/policy/validate.js';
import { shellWord } from '../core/shell.js';
import { parseRange } from '../core/versions/range.js';
import { getScheme } from '../core/versions/registry.js';
import type { Component, Release, Workspace } from '../core/workspace.js';
import { readJsonLines } from '../files/jsonl.js';
import { locate, readText, readYaml, validate, type YamlSource } from '../files/yaml-file.js';
import { loadCommitments } from './commitments.js';
import { factFromFile, policyFromFile, productFromFile, releaseFromFile } from './convert.js';
import {
  type CycleFile,
  cycleFileFast,
  FactFile,
  factFileFast,
  HistoryFile,
  PolicyFile,
  ProductFile,
  ProductFileHead,
  ReleaseFile,
  WorkspaceFile,
} from './schema.js';
import { checkedDates, readSyncState } from './sync-state.js';

export const WORKSPACE_FILE = 'upkeep.yaml';
const POLICY_FILE = 'policy.yaml';
export const PRODUCTS_DIR = 'products';
export const RELEASES_DIR = 'releases';

const FIX_SCHEMA = 'correct the field (docs/workspace.md lists every file and field)';

/** Collects problems across files so that one run reports all of them. */
class Problems {
  readonly list: Problem[] = [];
  run<T>(fn: () => T): T | undefined {
    return collectProblems(fn, this.list);
  }
}

/** The product or release files of a workspace folder, sorted (history files aside). */
export function yamlFiles(dir: string): string[] {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory())
    throw new UpkeepError(
      'UPK_FILE_UNREADABLE',
      `${dir} is a file; the workspace keeps its ${basename(dir)} in a folder of that name`,
      `move the file away and create the folder ${basename(dir)}/`,
      { file: dir },
    );
  return readdirSync(dir)
    .filter((f) => (f.endsWith('.yaml') || f.endsWith('.yml')) && !f.includes('.history.'))
    .sort()
    .map((f) => join(dir, f));
}

function readHistoryJsonl(file: string): Fact[] {
  const lines = readJsonLines(
    readText(file, 'history file'),
    file,
    FactFile,
    {
      code: 'UPK_SCHEMA',
      hint: 'each line of a .history.jsonl file is one JSON object {recorded (YYYY-MM-DD), cycle, field, to}',
    },
    factFileFast,
  );
  return lines.map((l) => factFromFile(l.value, { file, line: l.line }));
}

/** A product file against ProductFile; cycles that are certainly valid skip zod (same result). */
function validateProduct(src: YamlSource): ProductFile {
  const raw = src.value as { cycles?: unknown } | null;
  const cycles = raw && Array.isArray(raw.cycles) ? raw.cycles.map(cycleFileFast) : undefined;
  if (cycles?.every((c) => c !== undefined)) return { ...validate(ProductFileHead, src, FIX_SCHEMA), cycles: cycles as CycleFile[] };
  return validate(ProductFile, src, FIX_SCHEMA);
}

function loadProduct(file: string, problems?: Problems): Product {
  const src = readYaml(file, 'product file');
  const p = validateProduct(src);
  const stem = file.replace(/\.ya?ml$/, '');
  const history = existsSync(`${stem}.history.jsonl`) ? readHistoryJsonl(`${stem}.history.jsonl`) : [];
  if (existsSync(`${stem}.history.yaml`)) {
    const file = `${stem}.history.yaml`;
    const src = readYaml(file, 'history file');
    const entries = validate(HistoryFile, src, 'each entry needs recorded (YYYY-MM-DD), cycle, field (e.g. maintained.announced) and to');
    // reviewed history must name the product's cycles: a typo would silently drop a date
    const known = new Set(p.cycles.map((c) => c.cycle));
    const typos = entries.flatMap((e, i) => (known.has(e.cycle) ? [] : [[e, i] as const]));
    throwProblems(
      typos.map(([e, i]): Problem => {
        const line = src.lineOf([i]);
        return {
          code: 'UPK_UNKNOWN_CYCLE',
          message: `history entry names cycle "${e.cycle}", which ${basename(file.replace(/\.history\.yaml$/, '.yaml'))} does not have`,
          hint: `use one of: ${[...known].join(', ')}`,
          location: { file, path: `[${i}].cycle`, ...(line ? { line } : {}) },
        };
      }),
    );
    history.push(
      ...entries.map((e, i) => {
        const line = src.lineOf([i]);
        return factFromFile(e, { file, ...(line ? { line } : {}) });
      }),
    );
  }
  const product = productFromFile(p, history, { file, lineOf: src.lineOf });
  const contradictions = locate(validateLifecycle(product), src);
  if (problems) problems.list.push(...contradictions);
  else throwProblems(contradictions);
  return product;
}

/** The loaded product id that `id` spells differently (`Ceph`, `hashicorp_vault`), if any. */
function sameProduct(id: string, loaded: Iterable<string>): string | undefined {
  const bare = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const p of loaded) if (bare(p) === bare(id)) return p;
  return undefined;
}

/**
 * Reads a workspace folder: upkeep.yaml (name, components), policy.yaml, products/*.yaml
 * (+ .history.jsonl), releases/*.yaml. Every problem in every file is reported at once.
 */
export function loadWorkspace(dir: string): Workspace {
  if (!existsSync(dir))
    throw new UpkeepError(
      'UPK_FILE_NOT_FOUND',
      `workspace folder ${dir} does not exist`,
      `give the path of a workspace folder, or create one with \`upkeep init ${shellWord(dir)}\``,
      { file: dir },
    );
  if (!statSync(dir).isDirectory())
    throw new UpkeepError('UPK_FILE_UNREADABLE', `${dir} is a file, not a workspace folder`, 'give the folder that holds upkeep.yaml', { file: dir });
  const wsFile = join(dir, WORKSPACE_FILE);
  if (!existsSync(wsFile))
    throw new UpkeepError(
      'UPK_EMPTY_WORKSPACE',
      `${dir} is not an Upkeep workspace: it has no ${WORKSPACE_FILE}`,
      `create one with \`upkeep init ${shellWord(dir)}\`, or give the folder that holds ${WORKSPACE_FILE}`,
      { file: dir },
    );

  const problems = new Problems();
  const wsSrc = problems.run(() => readYaml(wsFile, 'workspace file'));
  const workspaceFile = wsSrc && problems.run(() => validate(WorkspaceFile, wsSrc, FIX_SCHEMA));
  const policyPath = join(dir, POLICY_FILE);
  const policySrc = problems.run(() => {
    if (!existsSync(policyPath))
      throw new UpkeepError(
        'UPK_FILE_NOT_FOUND',
        `the workspace has no ${POLICY_FILE}`,
        '`upkeep init` writes a commented default policy; copy it from there (docs/policy.md)',
        { file: policyPath },
      );
    return readYaml(policyPath, 'policy file');
  });
  // an empty file is a policy with every default
  const policy =
    policySrc &&
    problems.run(() =>
      policyFromFile(
        validate(PolicyFile, policySrc.value == null ? { ...policySrc, value: {} } : policySrc, 'correct the policy (docs/policy.md describes every key)'),
      ),
    );

  const products = new Map<string, Product>();
  const unreadable = new Set<string>(); // products whose file has errors: no follow-on "unknown product"
  for (const file of problems.run(() => yamlFiles(join(dir, PRODUCTS_DIR))) ?? []) {
    const p = problems.run(() => loadProduct(file, problems));
    if (!p) {
      unreadable.add(basename(file).replace(/\.ya?ml$/, ''));
      continue;
    }
    if (products.has(p.id))
      problems.list.push({ code: 'UPK_DUPLICATE', message: `product "${p.id}" is declared twice`, hint: 'keep one file per product', location: { file } });
    else if (basename(file).replace(/\.ya?ml$/, '') !== p.id)
      problems.list.push({
        code: 'UPK_SCHEMA',
        message: `product id "${p.id}" differs from its file name`,
        hint: `rename the file to ${p.id}.yaml or fix the id`,
        location: { file, path: 'id' },
      });
    products.set(p.id, p);
  }

  const releases: Release[] = [];
  for (const file of problems.run(() => yamlFiles(join(dir, RELEASES_DIR))) ?? []) {
    const r = problems.run(() => {
      const src = readYaml(file, 'release file');
      const rf = validate(ReleaseFile, src, FIX_SCHEMA);
      if (rf.end < rf.date)
        throw new UpkeepError(
          'UPK_BAD_DATE',
          `release ${rf.id} ends (${rf.end}) before it is released (${rf.date})`,
          'the planned end must be on or after the release date',
          { file, path: 'end', ...lineAt(src.lineOf(['end'])) },
        );
      return releaseFromFile(rf, file, src.lineOf);
    });
    if (!r) continue;
    if (basename(file).replace(/\.ya?ml$/, '') !== r.id)
      problems.list.push({
        code: 'UPK_SCHEMA',
        message: `release id "${r.id}" differs from its file name`,
        hint: `rename the file to ${r.id}.yaml or fix the id (an import of --release-id ${r.id} writes releases/${r.id}.yaml)`,
        location: { file, path: 'id' },
      });
    const twin = releases.find((x) => x.id === r.id);
    if (twin)
      problems.list.push({
        code: 'UPK_DUPLICATE',
        message: `release "${r.id}" is declared twice: here and in ${twin.at?.file ?? 'another file'}`,
        hint: 'give each release its own id',
        location: { file },
      });
    else releases.push(r);
  }
  releases.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));

  const components = new Map<string, Component>();
  if (workspaceFile && wsSrc) {
    const src = wsSrc;
    for (const [id, c] of Object.entries(workspaceFile.components)) {
      // A product with no lifecycle yet is allowed (the check reports its pins as no-lifecycle);
      // one that differs from a loaded product only in case or separators is a typo.
      const twin = c.product && !products.has(c.product) && !unreadable.has(c.product) ? sameProduct(c.product, products.keys()) : undefined;
      if (twin)
        problems.list.push({
          code: 'UPK_UNKNOWN_PRODUCT',
          message: `component "${id}" uses product "${c.product}", which has no lifecycle in ${PRODUCTS_DIR}/; ${PRODUCTS_DIR}/${twin}.yaml is "${twin}"`,
          hint: `write \`product: ${twin}\``,
          location: { file: wsFile, path: `components.${id}.product`, ...lineAt(src.lineOf(['components', id, 'product'])) },
        });
      const { packaging_by_version: byVersion, ...rest } = c;
      for (const [i, entry] of (byVersion ?? []).entries())
        for (const range of entry.versions.filter(isRange)) {
          const schemeId = c.scheme ?? (c.product ? products.get(c.product)?.scheme : undefined);
          const scheme = schemeId ? getScheme(schemeId) : undefined;
          const parsed = scheme ? parseRange(scheme, range) : undefined;
          if (parsed && !parsed.ok)
            problems.list.push({
              code: 'UPK_BAD_RANGE',
              message: `component "${id}": the packaging range "${range}" does not parse: ${parsed.failure.message}`,
              hint: 'write a cycle ("23.03"), a list of cycles or a range (">=23.03", "<24.0")',
              location: {
                file: wsFile,
                path: `components.${id}.packaging_by_version.${i}.versions`,
                ...lineAt(src.lineOf(['components', id, 'packaging_by_version', i])),
              },
            });
        }
      const packagingByVersion = byVersion?.map((e) => ({
        versions: e.versions,
        packaging: e.packaging,
        ...(e.source !== undefined ? { source: e.source } : {}),
      }));
      components.set(id, { id, ...stripUndefined(rest), ...(packagingByVersion?.length ? { packagingByVersion } : {}) } as Component);
    }
  }
  const synced = problems.run(() => checkedDates(readSyncState(dir)));
  const dates = synced && Object.keys(synced).length ? { synced } : {};
  // biome-ignore lint/style/noNonNullAssertion: without a policy the problems above end the load before ws is used
  const ws = { name: workspaceFile?.name ?? basename(dir), products, components, releases, policy: policy!, ...dates };
  if (policy && policySrc) {
    for (const p of validatePolicy(policy, ws))
      problems.list.push({ ...p, location: { file: policyPath, path: p.path.join('.'), ...lineAt(policySrc.lineOf(p.path)) } });
  }
  // commitments.yaml names releases, components and cycles: read once the rest is known good
  if (problems.list.length === 0) {
    const loaded = problems.run(() => loadCommitments(dir, ws));
    if (loaded) Object.assign(ws, loaded);
  }
  throwProblems(problems.list);
  return ws;
}

function lineAt(line: number | undefined): { line?: number } {
  return line ? { line } : {};
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

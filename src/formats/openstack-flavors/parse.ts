/**
 * Reads a cloud's flavors into the core's CloudFlavor list, from any of the JSON shapes OpenStack
 * tools print: `openstack flavor list --long -f json` (rows), `openstack flavor show -f json`, the
 * Nova API (`{"flavors": [...]}` of `GET /flavors/detail`, `{"flavor": {...}}`), the SDK's
 * `Flavor.to_dict()` (`extra_specs`) and a server (`openstack server show -f json`, Nova's
 * `{"server": {...}}`), whose embedded flavor (microversion 2.47+) is read. JSON and shape errors
 * become UpkeepErrors naming the file, the entry and the fix; all shape problems are reported at once.
 */
import type { z } from 'zod';
import { type Problem, throwProblems, UpkeepError } from '../../core/errors.js';
import type { CloudFlavor } from '../../core/flavor/check.js';
import { parsePropertiesText } from './properties.js';
import { FlavorListRow, type FlavorProperties, FlavorShow } from './schema.js';

const HINT =
  'produce the file with `openstack flavor list --long -f json > flavors.json` (or `openstack flavor show NAME -f json`, or the Nova API `GET /flavors/detail`)';

function jsonPosition(text: string, message: string): { line?: number; column?: number } {
  const m = /position (\d+)/.exec(message);
  if (!m) return {};
  const offset = Number(m[1]);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function properties(raw: FlavorProperties | undefined, file: string, path: string, problems: Problem[]): Record<string, string> {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw === 'string') {
    const parsed = parsePropertiesText(raw);
    if (parsed.ok) return parsed.properties;
    problems.push({
      code: 'UPK_FLAVOR_INPUT',
      message: `${path}: ${parsed.message} in "${raw}"`,
      hint: "properties are written key='value', separated by ', '",
      location: { file, path },
    });
    return {};
  }
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function issueProblems(error: z.ZodError, file: string, prefix: string): Problem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { code: 'UPK_FLAVOR_INPUT', message: `${path}: ${issue.message}`, hint: HINT, location: { file, path } };
  });
}

const EXPECTED = 'the JSON array of `openstack flavor list --long -f json` (or the object of `openstack flavor show -f json`, or Nova\'s `{"flavors": [...]}`)';

/** What a JSON value is, in words: `an object with keys flavors`, `a string`. */
function whatIs(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? `an array of ${value.length}` : 'an empty array';
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (!keys.length) return 'an empty object';
    const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} keys)` : '');
    return `an object with key${keys.length === 1 ? '' : 's'} ${shown}`;
  }
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A flavor row (`Name`) or a flavor object (`name`, or a server's embedded flavor `original_name`)? Anything else has another shape. */
const looksLikeFlavor = (entry: object): boolean => 'Name' in entry || 'name' in entry || 'original_name' in entry;

/** A server (`openstack server show -f json`, a Nova server): it has a `flavor` and no `vcpus` of its own. */
const isServer = (entry: Record<string, unknown>): boolean => 'flavor' in entry && !('vcpus' in entry) && !('VCPUs' in entry);

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function readEntry(entry: unknown, file: string, path: string, problems: Problem[]): CloudFlavor | undefined {
  if (isObject(entry) && isServer(entry)) {
    if (isObject(entry.flavor)) return readEntry(entry.flavor, file, at(path, 'flavor'), problems);
    problems.push({
      code: 'UPK_FLAVOR_INPUT',
      message: `${at(path, 'flavor')}: the server names its flavor (${JSON.stringify(entry.flavor)}) but does not embed it`,
      hint: 'servers embed their flavor from compute API microversion 2.47: `openstack --os-compute-api-version 2.47 server show NAME -f json`, or check the flavors with `openstack flavor list --long -f json`',
      location: { file, path: at(path, 'flavor') },
    });
    return undefined;
  }
  if (!isObject(entry) || !looksLikeFlavor(entry)) {
    const where = path ? `${path}: expected a flavor (an object with Name, VCPUs, RAM, Disk or name, vcpus, ram, disk)` : `expected ${EXPECTED}`;
    problems.push({ code: 'UPK_FLAVOR_INPUT', message: `${where}, found ${whatIs(entry)}`, hint: HINT, location: { file, ...(path ? { path } : {}) } });
    return undefined;
  }
  if ('Name' in entry) {
    const r = FlavorListRow.safeParse(entry);
    if (!r.success) return void problems.push(...issueProblems(r.error, file, path));
    const row = r.data;
    return {
      ...(row.ID !== undefined ? { id: row.ID } : {}),
      name: row.Name,
      vcpus: row.VCPUs,
      ramMiB: row.RAM,
      diskGB: row.Disk,
      properties: properties(row.Properties, file, `${path}.Properties`, problems),
    };
  }
  const r = FlavorShow.safeParse(entry);
  if (!r.success) return void problems.push(...issueProblems(r.error, file, path));
  const show = r.data;
  // The same extra_specs under the names of the API, the SDK and the client; the client's `properties` last.
  const specs = {
    ...properties(show['OS-FLV-WITH-EXT-SPECS:extra_specs'], file, at(path, 'OS-FLV-WITH-EXT-SPECS:extra_specs'), problems),
    ...properties(show.extra_specs, file, at(path, 'extra_specs'), problems),
    ...properties(show.properties, file, at(path, 'properties'), problems),
  };
  return {
    ...(typeof show.id === 'string' ? { id: show.id } : {}),
    name: show.name ?? show.original_name ?? '',
    vcpus: show.vcpus,
    ramMiB: show.ram,
    diskGB: show.disk,
    properties: specs,
  };
}

/** The flavors of a document: a list, Nova's `{"flavors": [...]}`, `{"flavor": {...}}`, `{"server": {...}}`, or one object. */
function entriesOf(data: unknown): { entries: readonly unknown[]; path: (i: number) => string; nova?: true } {
  if (Array.isArray(data)) return { entries: data, path: (i) => `[${i}]` };
  if (isObject(data) && Object.keys(data).length === 1) {
    if (Array.isArray(data.flavors)) return { entries: data.flavors, path: (i) => `flavors[${i}]`, nova: true };
    if (isObject(data.flavor)) return { entries: [data.flavor], path: () => 'flavor' };
    if (isObject(data.server)) return { entries: [data.server], path: () => 'server' };
  }
  return { entries: [data], path: () => '' };
}

/** Nova's `GET /flavors` (without `/detail`) gives only id, name and links: say which call has the figures. */
function isBriefList(entries: readonly unknown[]): boolean {
  return entries.length > 0 && entries.every((e) => isObject(e) && 'links' in e && !('vcpus' in e));
}

/** Parses the JSON text of a flavor list (array of list rows or show objects, or one show object). */
export function parseFlavorList(text: string, file: string): CloudFlavor[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new UpkeepError('UPK_JSON_SYNTAX', `${file} is not valid JSON: ${message}`, `${HINT}; the file must be the complete JSON output`, {
      file,
      ...jsonPosition(text, message),
    });
  }
  const problems: Problem[] = [];
  const { entries, path, nova } = entriesOf(data);
  if (nova && isBriefList(entries)) {
    throw new UpkeepError(
      'UPK_FLAVOR_INPUT',
      `${file} lists flavors without their vCPUs, RAM and disk (Nova's GET /flavors)`,
      'fetch `GET /flavors/detail` instead (microversion 2.61 or later adds extra_specs), or use `openstack flavor list --long -f json`',
      { file },
    );
  }
  const flavors: CloudFlavor[] = [];
  entries.forEach((entry, i) => {
    const f = readEntry(entry, file, path(i), problems);
    if (f) flavors.push(f);
  });
  throwProblems(problems);
  return flavors;
}

/**
 * Reads `openstack flavor list --long -f json` or `openstack flavor show -f json` output into the
 * core's CloudFlavor list. JSON and shape errors become UpkeepErrors naming the file, the entry and
 * the fix; all shape problems are reported at once.
 */
import type { z } from 'zod';
import { type Problem, throwProblems, UpkeepError } from '../../core/errors.js';
import type { CloudFlavor } from '../../core/flavor/check.js';
import { parsePropertiesText } from './properties.js';
import { FlavorListRow, type FlavorProperties, FlavorShow } from './schema.js';

const HINT = 'produce the file with `openstack flavor list --long -f json > flavors.json` (or `openstack flavor show NAME -f json`)';

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

const EXPECTED = 'the JSON array of `openstack flavor list --long -f json` (or the object of `openstack flavor show -f json`)';

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

/** A flavor row (`Name`) or a flavor show object (`name`)? Anything else has another shape. */
const looksLikeFlavor = (entry: object): boolean => 'Name' in entry || 'name' in entry;

function readEntry(entry: unknown, file: string, path: string, problems: Problem[]): CloudFlavor | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || !looksLikeFlavor(entry)) {
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
  return {
    ...(show.id !== undefined ? { id: show.id } : {}),
    name: show.name,
    vcpus: show.vcpus,
    ramMiB: show.ram,
    diskGB: show.disk,
    properties: properties(show.properties, file, `${path}.properties`, problems),
  };
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
  const entries = Array.isArray(data) ? data : [data];
  const flavors: CloudFlavor[] = [];
  entries.forEach((entry, i) => {
    const f = readEntry(entry, file, Array.isArray(data) ? `[${i}]` : '', problems);
    if (f) flavors.push(f);
  });
  throwProblems(problems);
  return flavors;
}

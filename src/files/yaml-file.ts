import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsyaml from 'js-yaml';
import type { z } from 'zod';
import { type CoreProblem, dotPath, type ErrorCode, type Problem, throwProblems, UpkeepError } from '../core/errors.js';
import { quote } from '../core/excerpt.js';
import { closest, distance } from '../core/suggest.js';

/**
 * YAML without floats or timestamps: `22.10`, `2.8` and `1.20` stay the strings they are
 * (versions, cycles) where a float would turn them into 22.1, 2.8 and 1.2; dates stay
 * `YYYY-MM-DD` strings. js-yaml reads (fast, on every check); the `yaml` library, which keeps
 * node positions, is loaded only to find the line of a schema error.
 */
const { types } = jsyaml as unknown as { types: Record<'null' | 'bool' | 'int', jsyaml.Type> };
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, types.int] });

export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  /** Line (1-based) of the node at a path, for error messages; with `asKey`, the line of its key (`sorce:`), not of its value. */
  lineOf(path: readonly PropertyKey[], asKey?: boolean): number | undefined;
}

/** Input files larger than this are refused (UPKEEP_MAX_FILE_MB raises it): memory stays bounded. */
export const MAX_FILE_MB = 32;

function maxFileBytes(): number {
  const mb = Number(process.env.UPKEEP_MAX_FILE_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : MAX_FILE_MB) * 1024 * 1024;
}

/** A NUL byte in the first 8 KiB is binary (git's test): a tarball, an image, UTF-16 text. */
function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Reads a text file (`what` names it in errors, e.g. "product file"): a missing file, a folder,
 * a file over the size limit and a binary file are errors with a hint; a UTF-8 byte-order mark is
 * dropped (JSON.parse refuses it).
 */
export function readText(file: string, what = 'file'): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const size = stat.size;
    const max = maxFileBytes();
    if (size > max)
      throw new UpkeepError(
        'UPK_FILE_UNREADABLE',
        `${file} is ${megabytes(size)}; upkeep reads input files up to ${megabytes(max)}`,
        `check that it is the ${what} you meant; to read a larger one, set UPKEEP_MAX_FILE_MB (e.g. UPKEEP_MAX_FILE_MB=${Math.ceil(size / 1024 / 1024) + 1})`,
        { file },
      );
    const bytes = readFileSync(fd);
    if (isBinary(bytes))
      throw new UpkeepError('UPK_FILE_UNREADABLE', `${file} is a binary file, not a text file`, `give the ${what} itself (unpacked, as UTF-8 text)`, { file });
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof UpkeepError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UpkeepError('UPK_FILE_NOT_FOUND', `${file} does not exist`, `check the path of the ${what} (it is relative to the current directory)`, {
        file,
      });
    if (code === 'EISDIR') throw new UpkeepError('UPK_FILE_UNREADABLE', `${file} is a folder, not a file`, `name the ${what} inside it`, { file });
    throw new UpkeepError('UPK_FILE_UNREADABLE', `cannot read ${file}: ${(e as Error).message}`, 'check the file permissions', { file });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type YamlLib = typeof import('yaml');
let yamlLib: YamlLib | undefined;
const requireCjs = createRequire(import.meta.url);

/**
 * Finds lines of nodes. A block-style key two levels deep (`pins:` → `  ovs: 3.0.1`, asked for
 * every pin) is found by scanning the text; anything else by a second parse that keeps positions,
 * done once per file and only when asked (errors).
 */
function lineFinder(text: string): YamlSource['lineOf'] {
  let lines: string[] | undefined;
  let full: YamlSource['lineOf'] | undefined;
  const scan = (path: readonly PropertyKey[]): number | undefined => {
    if (path.length !== 2 || path.some((p) => typeof p !== 'string')) return undefined;
    lines ??= text.split('\n');
    const [top, key] = path as string[];
    const topAt = lines.findIndex((l) => l === `${top}:` || l.startsWith(`${top}: `) || l.startsWith(`${top}:#`));
    if (topAt < 0) return undefined;
    for (let i = topAt + 1; i < lines.length; i++) {
      const l = lines[i] as string;
      if (/^\S/.test(l)) break;
      const m = /^\s+(?:"([^"]*)"|'([^']*)'|([^\s:#][^:#]*?))\s*:(?:\s|$)/.exec(l);
      if (m && (m[1] ?? m[2] ?? m[3]) === key) return i + 1;
    }
    return undefined;
  };
  /** The line of the i-th item of a block sequence (`cycles:` → `  - cycle: "16"`, asked for every cycle), or of the top-level one. */
  const item = (path: readonly PropertyKey[]): number | undefined => {
    const index = path[path.length - 1];
    if (typeof index !== 'number' || path.length > 2 || (path.length === 2 && typeof path[0] !== 'string')) return undefined;
    lines ??= text.split('\n');
    let from = 0;
    if (path.length === 2) {
      const top = path[0] as string;
      from = lines.findIndex((l) => l === `${top}:` || l.startsWith(`${top}:#`) || l.startsWith(`${top}: #`)) + 1;
      if (from === 0) return undefined;
    }
    let indent: string | undefined;
    let seen = -1;
    for (let i = from; i < lines.length; i++) {
      const l = lines[i] as string;
      if (path.length === 2 && /^\S/.test(l) && !l.startsWith('#')) break;
      const m = /^(\s*)- /.exec(l) ?? (/^(\s*)-$/.exec(l) as RegExpExecArray | null);
      if (!m) continue;
      indent ??= m[1];
      if (m[1] === indent && ++seen === index) return i + 1;
    }
    return undefined;
  };
  return (path, asKey) => {
    const quick = scan(path) ?? (asKey ? undefined : item(path));
    if (quick !== undefined) return quick;
    full ??= positions(text);
    return full(path, asKey);
  };
}

function positions(text: string): YamlSource['lineOf'] {
  yamlLib ??= requireCjs('yaml') as YamlLib;
  const lib = yamlLib;
  const lineCounter = new lib.LineCounter();
  const doc = lib.parseDocument(text, { lineCounter, uniqueKeys: false });
  const at = (offset: number) => lineCounter.linePos(offset).line;
  return (path, asKey) => {
    for (let n = path.length; n >= 0; n--) {
      // a key's own line (`sorce:` on line 6), not its value's, which may start on the next line
      const parent = !asKey || n !== path.length || n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
      if (lib.isMap(parent)) {
        const pair = parent.items.find((p) => lib.isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
        if (lib.isNode(pair?.key) && pair.key.range) return at(pair.key.range[0]);
      }
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (lib.isNode(node) && node.range) return at(node.range[0]);
    }
    return undefined;
  };
}

export function parseYaml(text: string, file: string): YamlSource {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: SCHEMA, filename: file });
  } catch (e) {
    const err = e as { reason?: string; message: string; mark?: { line: number; column: number } };
    throw new UpkeepError(
      'UPK_YAML_SYNTAX',
      err.reason ?? err.message.split('\n')[0] ?? 'not well-formed YAML',
      'fix the YAML at that line (indentation, a missing colon or quote, a duplicate key); a YAML linter shows the same spot',
      { file, ...(err.mark ? { line: err.mark.line + 1, column: err.mark.column + 1 } : {}) },
    );
  }
  return { file, value, lineOf: lineFinder(text) };
}

export function readYaml(file: string, what = 'file'): YamlSource {
  return parseYaml(readText(file, what), file);
}

/**
 * Validates with a zod schema; every problem is reported at once with its file, line and path.
 */
export function validate<S extends z.ZodType>(schema: S, src: YamlSource, fix: string): z.infer<S> {
  // jitless: zod would otherwise compile a parser for each object shape (new Function), which costs
  // more than it saves when a process validates each file once (an uncached check: about 20 ms)
  const r = schema.safeParse(src.value, { reportInput: true, jitless: true });
  if (r.success) return r.data;
  throwProblems(
    r.error.issues.flatMap((issue): Problem[] => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownKeyProblem(schema, issue.path, key, src, fix));
      const line = src.lineOf(issue.path);
      const path = dotPath(issue.path);
      return [
        {
          code: codeOf(issue, 'UPK_SCHEMA'),
          message: issueText(issue),
          hint: fix,
          location: { file: src.file, ...(line ? { line } : {}), ...(path ? { path } : {}) },
        },
      ];
    }),
  );
  throw new Error('unreachable: a failed parse has issues');
}

/** An unknown key, at its own line (not its parent's), with the closest key the schema allows there. */
function unknownKeyProblem(schema: z.ZodType, parent: readonly PropertyKey[], key: string, src: YamlSource, fix: string): Problem {
  const at = [...parent, key];
  const line = src.lineOf(at, true);
  return {
    code: 'UPK_SCHEMA',
    message: `unknown key ${quote(key)}`,
    hint: unknownKeyHint(key, keysAt(schema, parent), fix),
    location: { file: src.file, ...(line ? { line } : {}), path: dotPath(at) },
  };
}

/** "did you mean …" when an allowed key is near (a typo), and the keys allowed there. */
export function unknownKeyHint(key: string, allowed: readonly string[], fix: string): string {
  if (!allowed.length) return fix;
  const [near] = closest(key, allowed, 1);
  const typo = near !== undefined && distance(key.toLowerCase(), near.toLowerCase()) <= Math.max(1, Math.floor(near.length / 3));
  return `${typo ? `did you mean "${near}"? ` : ''}the keys allowed here are ${allowed.join(', ')}`;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};

/** The keys an object of `schema` at `path` may have (through optional, default, pipe, list, record and union). */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const [head, ...rest] = path;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? keysAt(def.innerType, path) : [];
    case 'pipe':
      return def.in ? keysAt(def.in, path) : [];
    case 'lazy':
      return def.getter ? keysAt(def.getter(), path) : [];
    case 'union':
      return [...new Set((def.options ?? []).flatMap((o) => keysAt(o, path)))];
    case 'object': {
      if (head === undefined) return Object.keys(def.shape ?? {});
      const sub = def.shape?.[String(head)];
      return sub ? keysAt(sub, rest) : [];
    }
    case 'array':
      return head !== undefined && def.element ? keysAt(def.element, rest) : [];
    case 'record':
      return head !== undefined && def.valueType ? keysAt(def.valueType, rest) : [];
    default:
      return [];
  }
}

/** Core problems placed in the YAML file they are about: the file, and the line and dot-path of each one's path. */
export function locate(problems: readonly CoreProblem[], src: Pick<YamlSource, 'file' | 'lineOf'>): CoreProblem[] {
  return problems.map((p) => {
    const line = p.path && src.lineOf(p.path);
    return { ...p, location: { file: src.file, ...(p.path ? { path: dotPath(p.path) } : {}), ...(line ? { line } : {}) } };
  });
}

/** The catalogue code a schema asks for (a bad date is UPK_BAD_DATE), else the fallback. */
export function codeOf(issue: z.core.$ZodIssue, fallback: ErrorCode): ErrorCode {
  if (issue.code === 'custom') return (issue.params as { upkeepCode?: ErrorCode } | undefined)?.upkeepCode ?? fallback;
  if (issue.code === 'invalid_union') {
    const inner = issue.errors.flat();
    const specific = inner.find((i) => i.code === 'custom');
    if (specific) return codeOf(specific, fallback);
  }
  return fallback;
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    // A date-or-flag field: the most specific alternative's message says what is wrong.
    const inner = issue.errors.flat();
    const specific = inner.find((i) => i.code === 'custom') ?? inner.find((i) => i.code !== 'invalid_type');
    if (specific) return issueText(specific);
    const input = (issue as { input?: unknown }).input;
    const expected = [...new Set(inner.map((i) => (i.code === 'invalid_type' ? i.expected : i.code)))].join(' or ');
    return input === undefined ? `missing (expected ${expected})` : `expected ${expected}, found ${quote(input)}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type') return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${quote(input)}`;
  return issue.message;
}

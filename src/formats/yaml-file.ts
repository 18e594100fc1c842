import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions } from 'yaml';
import type { z } from 'zod';
import { UpkeepError, type ErrorLocation } from '../core/errors.js';

/**
 * YAML without floats: `22.10`, `2.8` and `1.20` stay the strings they are (versions, cycles),
 * where a float would turn them into 22.1, 2.8 and 1.2. Dates stay `YYYY-MM-DD` strings.
 */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:float'),
  prettyErrors: true,
  uniqueKeys: true,
};

export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  /** Line (1-based) of the node at a path, for error messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readText(file: string, what = 'file'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UpkeepError('UPK_FILE_NOT_FOUND', `${what} ${file} does not exist`, 'check the path (it is relative to the current directory)', { file });
    if (code === 'EISDIR') throw new UpkeepError('UPK_FILE_UNREADABLE', `${file} is a folder, not a ${what}`, 'name the file inside it', { file });
    throw new UpkeepError('UPK_FILE_UNREADABLE', `cannot read ${file}: ${(e as Error).message}`, 'check the file permissions', { file });
  }
}

export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { ...OPTIONS, lineCounter });
  const [err, ...more] = doc.errors;
  if (err) {
    const pos = err.linePos?.[0];
    const loc = (e: typeof err): ErrorLocation => ({ file, ...(e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : {}) });
    throw new UpkeepError(
      'UPK_YAML_SYNTAX',
      `${err.message.split('\n')[0]}`,
      'fix the YAML at that line (indentation, a missing colon or quote, a duplicate key); a YAML linter shows the same spot',
      { file, ...(pos ? { line: pos.line, column: pos.col } : {}) },
      more.map((m) => new UpkeepError('UPK_YAML_SYNTAX', m.message.split('\n')[0] ?? m.message, 'fix the YAML at that line', loc(m))),
    );
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

export function readYaml(file: string, what = 'file'): YamlSource {
  return parseYaml(readText(file, what), file);
}

function dotPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/**
 * Validates with a zod schema; every problem is reported at once with its file, line and path.
 */
export function validate<S extends z.ZodType>(schema: S, src: YamlSource, fix: string): z.infer<S> {
  const r = schema.safeParse(src.value, { reportInput: true });
  if (r.success) return r.data;
  const errors = r.error.issues.map((issue) => {
    const line = src.lineOf(issue.path);
    const path = dotPath(issue.path);
    return new UpkeepError('UPK_SCHEMA', issueText(issue), fix, { file: src.file, ...(line ? { line } : {}), ...(path ? { path } : {}) });
  });
  const [first, ...rest] = errors as [UpkeepError, ...UpkeepError[]];
  throw new UpkeepError(first.code, first.message, first.hint, first.location, rest);
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    // A date-or-flag field: the most specific alternative's message says what is wrong.
    const inner = issue.errors.flat();
    const specific = inner.find((i) => i.code === 'custom') ?? inner.find((i) => i.code !== 'invalid_type');
    if (specific) return issueText(specific);
    const input = (issue as { input?: unknown }).input;
    const expected = [...new Set(inner.map((i) => (i.code === 'invalid_type' ? i.expected : i.code)))].join(' or ');
    return input === undefined ? `missing (expected ${expected})` : `expected ${expected}, found ${JSON.stringify(input)}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type') return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${JSON.stringify(input)}`;
  return issue.message;
}

import type { z } from 'zod';
import { type ErrorCode, type Problem, throwProblems } from '../core/errors.js';
import { codeOf, keysAt, unknownKeyHint } from './yaml-file.js';

export interface JsonLine<T> {
  readonly value: T;
  /** 1-based line in the file. */
  readonly line: number;
}

const MAX_PROBLEMS = 20;

/**
 * Reads a JSON-lines file (one object a line; blank lines ignored) against a schema. Every bad
 * line is reported, at once, with its line number (up to 20).
 */
export function readJsonLines<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  shape: { code: ErrorCode; hint: string },
  /** A check without the schema library: the value of a line that is certainly valid, else undefined (then the schema decides and words the problem). */
  fast?: (raw: unknown) => z.infer<S> | undefined,
): JsonLine<z.infer<S>>[] {
  const out: JsonLine<z.infer<S>>[] = [];
  const problems: Problem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
    const text = lines[i]?.trim();
    if (!text) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      problems.push({ code: 'UPK_JSON_SYNTAX', message: `line is not JSON: ${(e as Error).message}`, hint: shape.hint, location: { file, line: i + 1 } });
      continue;
    }
    const quick = fast?.(raw);
    if (quick !== undefined) {
      out.push({ value: quick, line: i + 1 });
      continue;
    }
    const r = schema.safeParse(raw, { reportInput: true, jitless: true });
    if (r.success) out.push({ value: r.data, line: i + 1 });
    else {
      const issue = r.error.issues[0];
      const unknown = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const path = [...(issue?.path ?? []), ...(unknown !== undefined ? [unknown] : [])].join('.');
      problems.push({
        code: issue ? codeOf(issue, shape.code) : shape.code,
        message: `${path ? `${path}: ` : ''}${unknown !== undefined ? 'unknown key' : (issue?.message ?? 'invalid')}`,
        hint: unknown !== undefined ? unknownKeyHint(unknown, keysAt(schema, issue?.path ?? []), shape.hint) : shape.hint,
        location: { file, line: i + 1, ...(path ? { path } : {}) },
      });
    }
  }
  throwProblems(problems);
  return out;
}

import { numericScheme } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Git pins: a commit SHA (7–40 hex characters) or a branch name (`main`, `master`, `stable/zed`).
 * Both are unversioned (release [], cycles []): they are reported as such, never guessed at.
 * Two pins compare equal only when their text is equal; otherwise they order by text, which is
 * deterministic but meaningless (a SHA says nothing about age). Tag-like names (`v1.2.3`, `1.2`)
 * are not branches here: a pin that names a version belongs to that version's scheme.
 */
export const id = 'git' satisfies SchemeId;
export const displayName = 'Git commit or branch';
export const urls = ['https://git-scm.com/docs/git-check-ref-format'] as const;

const SHA = /^[0-9a-fA-F]{7,40}$/;
/** git-check-ref-format, simplified: no `..`, `//`, `@{`, leading `.` or `/` per component, no `.lock` ends. */
const BRANCH = /^(?!.*(?:\.\.|\/\/|@\{|\/\.|\.lock(?:\/|$)))[A-Za-z_][A-Za-z0-9._/-]*(?<![./])$/;
const TAG_LIKE = /^v\d/;
const MAX_BRANCH_LENGTH = 200;

export function parse(text: string): ParsedVersion | undefined {
  const isPin = SHA.test(text) || (text.length <= MAX_BRANCH_LENGTH && BRANCH.test(text) && !TAG_LIKE.test(text));
  return isPin ? { raw: text, release: [], cycles: [], stable: false, unversioned: true } : undefined;
}

export const scheme = numericScheme({ id, displayName, urls, parse });

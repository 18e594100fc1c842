import { numericScheme } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Git pins: a commit SHA (7–40 hex characters, at least one a–f: `20080701` and `1774452086` are
 * numbers, not commits) or a branch name (`main`, `master`, `stable/zed`).
 * Both are unversioned (release [], cycles []): they are reported as such, never guessed at.
 * Two pins compare equal only when their text is equal; otherwise they order by text, which is
 * deterministic but meaningless (a SHA says nothing about age). Tag-like names (`v1.2.3`, `1.2`)
 * are not branches here: a pin that names a version belongs to that version's scheme.
 */
export const id = 'git' satisfies SchemeId;
export const displayName = 'Git commit or branch';
export const urls = ['https://git-scm.com/docs/git-check-ref-format'] as const;

/** Hex digits with at least one letter: a version of only digits (a date, a timestamp) is never a commit. */
const SHA = /^(?=[0-9]*[a-fA-F])[0-9a-fA-F]{7,40}$/;
/** git-check-ref-format, simplified: no `..`, `//`, `@{`, leading `.` or `/` per component, no `.lock` ends. */
const BRANCH = /^(?!.*(?:\.\.|\/\/|@\{|\/\.|\.lock(?:\/|$)))[A-Za-z_][A-Za-z0-9._/-]*(?<![./])$/;
const TAG_LIKE = /^v\d/;
const MAX_BRANCH_LENGTH = 200;

/** Whether the text is a (short or full) commit id. */
export function isCommitId(text: string): boolean {
  return SHA.test(text);
}

export function parse(text: string): ParsedVersion | undefined {
  const isPin = SHA.test(text) || (text.length <= MAX_BRANCH_LENGTH && BRANCH.test(text) && !TAG_LIKE.test(text));
  return isPin ? { raw: text, release: [], cycles: [], stable: false, unversioned: true } : undefined;
}

export const scheme = numericScheme({ id, displayName, urls, parse });

/**
 * The words of problems: what is wrong (message) and what to do (hint), from a problem's code and
 * facts (zod's locales/en.ts). The CLI prints them; the server will send them beside the data.
 */
import {
  type CoreProblem,
  dotPath,
  type ErrorLocation,
  formatLocation,
  isWorded,
  type LifecycleFacts,
  type Problem,
  type ProblemFacts,
} from '../core/errors.js';
import { clip } from '../core/excerpt.js';
import { getScheme } from '../core/versions/registry.js';
import { aOrAn } from '../core/words.js';

export interface ProblemWords {
  /** What is wrong, and why. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

function lifecycleMessage(f: LifecycleFacts): string {
  switch (f.rule) {
    case 'duplicate-cycle':
      return `cycle ${f.cycle} is declared twice`;
    case 'end-before-release':
      return `cycle ${f.cycle}: ${f.phase} actually ended on ${f.end}, before its first release on ${f.released}`;
    case 'announced-before-release':
      return `cycle ${f.cycle}: ${f.phase} is announced to end on ${f.end}, before the cycle's release on ${f.released}`;
    case 'point-before-release':
      return `cycle ${f.cycle}: point release ${f.version} (${f.date}) is dated before the cycle's release (${f.released})`;
    case 'point-not-a-version':
      return `cycle ${f.cycle}: point release "${f.version}" is not ${aOrAn(getScheme(f.scheme)?.displayName ?? f.scheme)} version`;
    case 'point-in-other-cycle':
      return `cycle ${f.cycle}: point release ${f.version} belongs to another cycle (${f.other})`;
  }
}

/** What to do, by the rule that found the contradiction; the source data or the product file holds it. */
function lifecycleHint(f: LifecycleFacts): string {
  switch (f.rule) {
    case 'duplicate-cycle':
      return `give cycle ${f.cycle} once: merge the two entries or rename one, in the source data or the product file`;
    case 'end-before-release':
    case 'announced-before-release':
    case 'point-before-release':
      return 'correct the date (or the release date) in the source data or the product file';
    case 'point-not-a-version':
      return "correct the version, or give the product the version scheme its versions follow (the product file's `scheme`)";
    case 'point-in-other-cycle':
      return `move ${f.version} to cycle ${f.other}, or correct the version`;
  }
}

/** The words of each core problem, by code; the type makes a missing code a compile error. */
const WORDS: { readonly [C in keyof ProblemFacts]: (facts: ProblemFacts[C]) => ProblemWords } = {
  UPK_BAD_LIFECYCLE: (f) => ({ message: lifecycleMessage(f), hint: lifecycleHint(f) }),
  UPK_BAD_RANGE: (f) =>
    f.rule === undefined
      ? { message: f.reason, hint: 'Write ranges like ">=3.1", ">=16 <18", "3.x" or ">=zed || =2023.1".' }
      : {
          message: `compatibility rule "${f.rule}": range "${f.range}" for ${f.key}: ${f.reason}`,
          hint: 'write a range like ">=3.1", ">=16 <18", "3.x" or alternatives joined by "||" (docs/policy.md)',
        },
  UPK_UNKNOWN_COMPONENT: (f) => ({
    message: `compatibility rule "${f.rule}" names "${f.key}", which is no component, product or pin of this workspace`,
    hint: `did you mean ${f.closest.join(', ')}? Use a component id from upkeep.yaml or a product id from products/`,
  }),
  UPK_UNKNOWN_PRODUCT: (f) => ({
    message: `upgrade rule for "${f.product}": the workspace has no lifecycle of that product`,
    hint: `${f.closest.length ? `did you mean ${f.closest.join(', ')}? ` : ''}Key upgrade rules by a product id from products/ (docs/planning.md)`,
  }),
  UPK_UNKNOWN_CYCLE: (f) =>
    f.section === 'upgrades'
      ? {
          message: `the upgrade rule of ${f.key}: skew.since names no cycle "${f.value}" of ${f.key}`,
          hint: `did you mean ${f.closest.join(', ')}? Write the cycle quoted, as in since: "1.28" (docs/policy.md)`,
        }
      : {
          message: `compatibility rule "${f.rule}": ${f.key} has no cycle or version "${f.value}"`,
          hint: `did you mean ${f.closest.join(', ')}? A constraint is a cycle of the product or a range (docs/policy.md)`,
        },
  UPK_DUPLICATE: (f) => ({ message: `compatibility rule id "${f.rule}" is used twice`, hint: 'give each rule its own id: findings name it' }),
  UPK_EMPTY_WORKSPACE: (f) => ({
    message: `workspace "${f.workspace}" has no releases`,
    hint: 'add a release with `upkeep import osism DIR --release-id ID --date D --end D` or write releases/<id>.yaml (see docs/workspace.md)',
  }),
  UPK_UNKNOWN_RELEASE: (f) => ({ message: `release "${f.release}" is not in workspace "${f.workspace}"`, hint: `use one of: ${f.known.join(', ')}` }),
};

/** Message and hint of a problem: the edge's own words, or the words of its code and facts. */
export function wordProblem(p: Problem): ProblemWords {
  if (isWorded(p)) return { message: p.message, hint: p.hint };
  return (WORDS[p.code] as (facts: CoreProblem['facts']) => ProblemWords)(p.facts);
}

/** Where a problem is: its location, else the path the core gave. */
function problemLocation(p: Problem): ErrorLocation {
  if (p.location) return p.location;
  return !isWorded(p) && p.path?.length ? { path: dotPath(p.path) } : {};
}

/** `error CODE: file:line (path): message` and its hint; the place is left out where the message names it. */
function problemLines(p: Problem): string[] {
  const { message, hint } = wordProblem(p);
  const loc = problemLocation(p);
  const where = formatLocation(loc);
  const redundant = loc.file !== undefined && loc.line === undefined && !loc.path && message.includes(loc.file);
  return [`error ${p.code}: ${where && !redundant ? `${where}: ` : ''}${clip(message)}`, `  hint: ${clip(hint)}`];
}

/** The problems of one error as the CLI prints them, one message and hint each. */
export function renderProblems(problems: readonly Problem[]): string {
  return `${problems.flatMap(problemLines).join('\n')}\n`;
}

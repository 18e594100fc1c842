/**
 * One error catalogue for everything a user can get wrong. Codes are permanent (documented in
 * docs/errors.md, checked by a test). A problem is data — a code, where, the facts — as zod's
 * issues are; the sentences (what is wrong, what to do) are worded in src/render/problems.ts.
 * yaml/zod/XML/fs errors arrive worded and are translated into problems at the files/formats edge.
 */
export const ERROR_CATALOGUE = {
  UPK_USAGE: 'A command was called with wrong or missing arguments.',
  UPK_FILE_NOT_FOUND: 'A file or folder named on the command line or in the workspace does not exist.',
  UPK_FILE_UNREADABLE: 'A file exists but cannot be read.',
  UPK_YAML_SYNTAX: 'A YAML file is not well-formed.',
  UPK_JSON_SYNTAX: 'A JSON file is not well-formed.',
  UPK_SCHEMA: 'A file is well-formed but a field is missing, of the wrong type or has an unknown key.',
  UPK_BAD_DATE: 'A date is not a real calendar date in YYYY-MM-DD form.',
  UPK_UNKNOWN_SCHEME: 'A product names a version scheme Upkeep does not know.',
  UPK_UNKNOWN_PRODUCT: 'A component, rule or import refers to a product the workspace has no lifecycle for.',
  UPK_UNKNOWN_COMPONENT: 'A rule refers to a component no release pins.',
  UPK_UNKNOWN_RELEASE: 'A release id given on the command line is not in the workspace.',
  UPK_EMPTY_WORKSPACE: 'The folder is not an Upkeep workspace or holds no releases.',
  UPK_WORKSPACE_EXISTS: 'init would overwrite an existing workspace.',
  UPK_DUPLICATE: 'The same id is declared twice.',
  UPK_BAD_ID: 'A release or product id cannot name its file (`releases/<id>.yaml`): only letters, digits, ".", "_" and "-".',
  UPK_BAD_RANGE: 'A version range in the policy (or in upkeep.yaml `packaging_by_version`) cannot be parsed.',
  UPK_UNKNOWN_CYCLE: 'The policy, a reviewed history or an imported history names cycles its product does not have.',
  UPK_BAD_LIFECYCLE: 'Lifecycle facts contradict each other (an end before a release, a point release outside its cycle).',
  UPK_IMPORT_SHAPE: 'An imported file is not of the expected shape for its format.',
  UPK_WRITE_FAILED: 'A file could not be written; nothing was changed.',
  UPK_COMMITMENT_CONFLICT: 'Two commitments of commitments.yaml by the same maintainer for the same pins overlap or contradict each other.',
  UPK_UNKNOWN_RULE: 'A waiver of commitments.yaml names a rule that is no kind of finding.',
  UPK_UNKNOWN_AUDIENCE: 'A notice was asked for an audience Upkeep does not write for (internal, operators, public).',
  UPK_SYNC_FETCH: 'A lifecycle source could not be fetched (network, timeout, HTTP error) during `upkeep sync`; that product is left as it was.',
  UPK_SYNC_SOURCE: "A lifecycle source answered, but not for the product asked (another product's endoflife.date answer).",
  UPK_BUNDLE_INVALID: 'An offline bundle is truncated, tampered with or not a bundle: a checksum or its shape does not match; nothing was changed.',
  UPK_SITE_NOT_EMPTY: 'The folder given to `upkeep site` exists and is not empty (or is a file): the site is written only into a new or empty folder.',
  UPK_FLAVOR_INPUT:
    'A flavor list is in none of the JSON shapes read: `openstack flavor list --long`, `flavor show`, `server show` (`-f json`), Nova API flavors.',
  UPK_BAD_REQUEST: 'An HTTP request to `upkeep serve` has a malformed body, query or path (the details name each field).',
  UPK_UNAUTHORIZED: 'An HTTP request needs a token (`Authorization: Bearer …`) and has none, or one that is unknown or revoked.',
  UPK_FORBIDDEN: "The request's token has a role that may not do this (reporter < maintainer < admin).",
  UPK_NOT_FOUND: 'No route, or no stored record, has this address.',
  UPK_TOO_LARGE: 'A request body is larger than the server accepts.',
  UPK_RATE_LIMITED: 'Too many writes from one client in a short time; retry after the time given.',
  UPK_NOT_READY: 'The server has not loaded its workspace yet, or is shutting down.',
  UPK_DATABASE: 'The evidence store cannot be opened: the embedded database folder or the PostgreSQL server (`--database`, DATABASE_URL).',
  UPK_EVIDENCE_INPUT:
    'An evidence file is not what its kind reads (truncated or unsafe XML, another fio version, a NaN or negative sample, a missing column); nothing of it is stored.',
  UPK_UNKNOWN_VERSION: 'Evidence names a version its product has no cycle for in the workspace lifecycle.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Dot-path inside the file, e.g. `releases.pacific.releases[2].released`. */
  path?: string;
}

/** A lifecycle whose facts contradict each other; `rule` names the check that found it. */
export type LifecycleFacts =
  | { readonly rule: 'duplicate-cycle'; readonly cycle: string }
  /** A phase actually ended before the cycle's first release (or first point release). */
  | { readonly rule: 'end-before-release'; readonly cycle: string; readonly phase: string; readonly end: string; readonly released: string }
  | { readonly rule: 'announced-before-release'; readonly cycle: string; readonly phase: string; readonly end: string; readonly released: string }
  | { readonly rule: 'point-before-release'; readonly cycle: string; readonly version: string; readonly date: string; readonly released: string }
  /** `scheme` is the product's version scheme id. */
  | { readonly rule: 'point-not-a-version'; readonly cycle: string; readonly version: string; readonly scheme: string }
  /** `other` is the cycle the version's scheme puts it in ('?' when it names none). */
  | { readonly rule: 'point-in-other-cycle'; readonly cycle: string; readonly version: string; readonly other: string };

/**
 * The facts of each problem the core raises, by code (zod's issue types, one place for all).
 * src/render/problems.ts has the words for each; a new core problem adds a line here and there.
 */
export interface ProblemFacts {
  UPK_BAD_LIFECYCLE: LifecycleFacts;
  /** `reason` is the range parser's account of the failure; `rule` and `key` where a policy rule holds the range. */
  UPK_BAD_RANGE: { readonly range: string; readonly reason: string; readonly rule?: string; readonly key?: string };
  /** A compatibility rule names a key that is no component, product or pin; `closest` are the likeliest meant. */
  UPK_UNKNOWN_COMPONENT: { readonly rule: string; readonly key: string; readonly closest: readonly string[] };
  /** An upgrade rule of the policy (`upgrades.<product>`) names a product the workspace has no lifecycle for. */
  UPK_UNKNOWN_PRODUCT: { readonly product: string; readonly closest: readonly string[] };
  /** A compatibility rule names a cycle its product does not have. */
  UPK_UNKNOWN_CYCLE: {
    readonly rule: string;
    readonly key: string;
    readonly value: string;
    readonly closest: readonly string[];
    /** `upgrades`: the `since` of an upgrade rule's skew; else a compatibility rule. */
    readonly section?: 'upgrades';
  };
  /** A compatibility rule id is used twice. */
  UPK_DUPLICATE: { readonly rule: string };
  /** The workspace has no releases to check. */
  UPK_EMPTY_WORKSPACE: { readonly workspace: string };
  UPK_UNKNOWN_RELEASE: { readonly release: string; readonly workspace: string; readonly known: readonly string[] };
}

export type CoreCode = keyof ProblemFacts;

/**
 * A problem the core found, as data. `path` is where inside the input (zod-style, e.g. ["cycles", 2]);
 * the edge that read the input adds the file and line as `location`.
 */
export type CoreProblem = {
  [C in CoreCode]: { readonly code: C; readonly path?: readonly (string | number)[]; readonly location?: ErrorLocation; readonly facts: ProblemFacts[C] };
}[CoreCode];

/**
 * A problem an edge put in words itself while translating a yaml/zod/fs/JSON error or a command
 * line (zod's custom issue with its own message). The core raises none of these.
 */
export interface WordedProblem {
  readonly code: ErrorCode;
  readonly location?: ErrorLocation;
  readonly message: string;
  readonly hint: string;
}

export type Problem = CoreProblem | WordedProblem;

export function isWorded(p: Problem): p is WordedProblem {
  return 'message' in p;
}

/** One or more problems found in one pass, thrown together (all problems at once). */
export type Problems = readonly [Problem, ...Problem[]];

export class UpkeepError extends Error {
  override readonly name = 'UpkeepError';
  /** Every problem, in the order found; the first is the headline. */
  readonly problems: Problems;

  /** The problems of one pass (see `throwProblems`). */
  constructor(problems: Problems);
  /** One problem worded at the edge (many problems: collect them and call `throwProblems`). */
  constructor(code: ErrorCode, message: string, hint: string, location?: ErrorLocation);
  constructor(first: ErrorCode | Problems, message?: string, hint?: string, location: ErrorLocation = {}) {
    const problems: Problems = typeof first === 'string' ? [{ code: first, location, message: message ?? '', hint: hint ?? '' }] : first;
    super(summary(problems[0]));
    this.problems = problems;
  }

  get code(): ErrorCode {
    return this.problems[0].code;
  }

  get location(): ErrorLocation {
    return this.problems[0].location ?? {};
  }

  /** The hint of a worded first problem; a core problem's hint is worded by src/render/problems.ts. */
  get hint(): string {
    const p = this.problems[0];
    return isWorded(p) ? p.hint : '';
  }
}

/** Error.message: the edge's words, or the code and facts of a core problem (for logs and --debug). */
function summary(p: Problem): string {
  return isWorded(p) ? p.message : `${p.code} ${JSON.stringify(p.facts)}`;
}

export function isUpkeepError(e: unknown): e is UpkeepError {
  return e instanceof UpkeepError;
}

/** Throws the problems found in one pass as one error, the first as its headline; returns when there are none. */
export function throwProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new UpkeepError(problems as Problems);
}

/** The problems a call throws as an UpkeepError, or none; anything else is rethrown (to collect across files). */
export function collectProblems<T>(fn: () => T, into: Problem[]): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof UpkeepError)) throw e;
    into.push(...e.problems);
    return undefined;
  }
}

/** `a.b[2].c` for a zod-style path. */
export function dotPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** `file:line:column` (whatever is known), for messages. */
export function formatLocation(loc: ErrorLocation): string {
  let s = loc.file ?? '';
  if (loc.line !== undefined) s += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (loc.path) s += s ? ` (${loc.path})` : loc.path;
  return s;
}

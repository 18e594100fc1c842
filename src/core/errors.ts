/**
 * One error catalogue for everything a user can get wrong. Codes are permanent (documented in
 * docs/errors.md, checked by a test); the message says what is wrong, the hint what to do.
 * yaml/zod/XML errors are translated into these at the formats edge.
 */
export const ERROR_CATALOGUE = {
  UPK_USAGE: 'A command was called with wrong or missing arguments.',
  UPK_FILE_NOT_FOUND: 'A file or folder named on the command line or in the workspace does not exist.',
  UPK_FILE_UNREADABLE: 'A file exists but cannot be read.',
  UPK_YAML_SYNTAX: 'A YAML file is not well-formed.',
  UPK_JSON_SYNTAX: 'A JSON file is not well-formed.',
  UPK_SCHEMA: 'A file is well-formed but a field is missing, of the wrong type or has an unknown key.',
  UPK_BAD_DATE: 'A date is not a real calendar date in YYYY-MM-DD form.',
  UPK_BAD_VERSION: 'A version does not follow the version scheme of its product.',
  UPK_UNKNOWN_SCHEME: 'A product names a version scheme Upkeep does not know.',
  UPK_UNKNOWN_PRODUCT: 'A component, rule or import refers to a product the workspace has no lifecycle for.',
  UPK_UNKNOWN_COMPONENT: 'A rule refers to a component no release pins.',
  UPK_UNKNOWN_RELEASE: 'A release id given on the command line is not in the workspace.',
  UPK_EMPTY_WORKSPACE: 'The folder is not an Upkeep workspace or holds no releases.',
  UPK_WORKSPACE_EXISTS: 'init would overwrite an existing workspace.',
  UPK_DUPLICATE: 'The same id is declared twice.',
  UPK_BAD_RANGE: 'A version range in the policy cannot be parsed.',
  UPK_UNKNOWN_CYCLE: 'The policy or a reviewed history names a cycle its product does not have.',
  UPK_BAD_LIFECYCLE: 'Lifecycle facts contradict each other (an end before a release, a point release outside its cycle).',
  UPK_IMPORT_SHAPE: 'An imported file is not of the expected shape for its format.',
  UPK_WRITE_FAILED: 'A file could not be written; nothing was changed.',
  UPK_FLAVOR_SYNTAX: 'A flavor name does not follow the SCS flavor naming standard.',
  UPK_FLAVOR_INPUT: 'A flavor list is not the JSON of `openstack flavor list --long -f json` or `flavor show`.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Dot-path inside the file, e.g. `releases.pacific.releases[2].released`. */
  path?: string;
}

export class UpkeepError extends Error {
  override readonly name = 'UpkeepError';
  readonly code: ErrorCode;
  readonly hint: string;
  readonly location: ErrorLocation;
  /** Further problems found in the same pass (all problems at once). */
  readonly more: readonly UpkeepError[];

  constructor(code: ErrorCode, message: string, hint: string, location: ErrorLocation = {}, more: readonly UpkeepError[] = []) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.location = location;
    this.more = more;
  }
}

export function isUpkeepError(e: unknown): e is UpkeepError {
  return e instanceof UpkeepError;
}

/** `file:line:column` (whatever is known), for messages. */
export function formatLocation(loc: ErrorLocation): string {
  let s = loc.file ?? '';
  if (loc.line !== undefined) s += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (loc.path) s += s ? ` (${loc.path})` : loc.path;
  return s;
}

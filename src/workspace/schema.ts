import { z } from 'zod';
import { isPlainDate } from '../core/dates.js';
import type { FactField } from '../core/lifecycle/types.js';
import type { SchemeId } from '../core/versions/types.js';
import { DateText, FileId, Key } from '../files/fields.js';

/** Shapes of the workspace's YAML files. Strict: a reviewed file with a typo stops the check. */

export { DateText, Key };

const SCHEME_NAMES: readonly SchemeId[] = ['semver', 'ceph', 'openstack', 'calendar', 'ubuntu', 'kubernetes', 'container', 'kolla', 'distro', 'loose', 'git'];
const SCHEME_MESSAGE = `Invalid option: expected one of ${SCHEME_NAMES.map((s) => `"${s}"`).join('|')}`;
/** A version scheme Upkeep knows (zod's enum wording); a name it does not know is UPK_UNKNOWN_SCHEME. */
const SchemeName = z
  .custom<string>((v) => typeof v === 'string', { error: SCHEME_MESSAGE, abort: true })
  .refine((s) => (SCHEME_NAMES as readonly string[]).includes(s), { error: SCHEME_MESSAGE, params: { upkeepCode: 'UPK_UNKNOWN_SCHEME' } });

export const EndField = z.union([
  DateText,
  z.boolean(),
  z.strictObject({ announced: z.union([DateText, z.boolean()]).optional(), actual: DateText.optional() }),
]);
export type EndField = z.infer<typeof EndField>;

export const CycleFile = z.strictObject({
  cycle: Key,
  codename: z.string().max(100).optional(),
  aliases: z.array(Key).optional(),
  released: DateText.optional(),
  lts: z.boolean().optional(),
  /** OpenStack: a SLURP series (upgradable to the next SLURP series directly). */
  slurp: z.boolean().optional(),
  maintained: EndField.optional(),
  security: EndField.optional(),
  extended: EndField.optional(),
  latest: Key.optional(),
  latest_date: DateText.optional(),
  /** Point releases: version → date. */
  points: z.record(z.string(), DateText).optional(),
  note: z.string().optional(),
});
export type CycleFile = z.infer<typeof CycleFile>;

/** A history entry; what `to` may be depends on the field (a date, an end, a flag, a text). */
const fact = <F extends readonly [FactField, ...FactField[]], T extends z.ZodType>(fields: F, to: T) =>
  z.strictObject({ recorded: DateText, cycle: Key, field: z.enum(fields), to: z.union([to, z.null()]), source: z.string().optional() });

export const FactFile = z.discriminatedUnion('field', [
  fact(['released', 'latestDate', 'maintained.actual', 'security.actual', 'extended.actual'], DateText),
  fact(['maintained.announced', 'security.announced', 'extended.announced'], z.union([DateText, z.boolean()])),
  fact(['lts'], z.boolean()),
  fact(['codename', 'latest'], Key),
]);
export type FactFile = z.infer<typeof FactFile>;

const FACT_KEYS = new Set(['recorded', 'cycle', 'field', 'to', 'source']);
const isKey = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.length >= 1 && v.length <= 200) || (typeof v === 'number' && Number.isFinite(v));
/** What `to` may be for each field (besides null), as in FactFile. */
const FACT_TO: Readonly<Record<FactField, (v: unknown) => boolean>> = {
  released: isPlainDate,
  latestDate: isPlainDate,
  'maintained.actual': isPlainDate,
  'security.actual': isPlainDate,
  'extended.actual': isPlainDate,
  'maintained.announced': (v) => typeof v === 'boolean' || isPlainDate(v),
  'security.announced': (v) => typeof v === 'boolean' || isPlainDate(v),
  'extended.announced': (v) => typeof v === 'boolean' || isPlainDate(v),
  lts: (v) => typeof v === 'boolean',
  codename: isKey,
  latest: isKey,
};

/**
 * FactFile's result for a history line that is certainly valid, without zod (a machine-written
 * `.history.jsonl` has thousands of lines; zod takes about 15 µs each). Undefined for anything
 * else: the caller then validates with FactFile, which words the problem.
 */
export function factFileFast(raw: unknown): FactFile | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  for (const k in r) if (!FACT_KEYS.has(k)) return undefined;
  const { recorded, cycle, field, to, source } = r;
  if (!isPlainDate(recorded) || !isKey(cycle) || typeof field !== 'string' || !Object.hasOwn(FACT_TO, field)) return undefined;
  const f = field as FactField;
  if (to !== null && !FACT_TO[f](to)) return undefined;
  if (source !== undefined && typeof source !== 'string') return undefined;
  const value = typeof to === 'number' ? String(to) : to;
  return { recorded, cycle: String(cycle), field: f, to: value, ...(source !== undefined ? { source } : {}) } as FactFile;
}

/** `products/<id>.history.yaml`: reviewed, hand-written history (announcements with sources). */
export const HistoryFile = z.array(FactFile);

/** A package URL without version: `pkg:maven/org.postgresql/postgresql`, `pkg:k8s/k8s.io%2Fkubelet`. */
const PackageUrl = z.string().regex(/^pkg:[a-z][a-z0-9.+-]*\/[^@]+$/, 'a package URL without version, e.g. pkg:deb/debian/nginx');

export const ProductFile = z.strictObject({
  id: FileId.regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" and "-"'),
  name: z.string().min(1),
  scheme: SchemeName,
  sources: z.array(z.string()).default([]),
  /** Upstream's name of each phase, e.g. endoflife.date's column labels. */
  phase_labels: z.strictObject({ maintained: z.string().optional(), security: z.string().optional(), extended: z.string().optional() }).optional(),
  /** How the source's columns map to phases where they mean something else than usual, with the source. */
  phase_note: z.string().optional(),
  /** How SBOMs name the product: package URLs without version, Repology project names. */
  identifiers: z
    .strictObject({
      purls: z.array(PackageUrl).default([]),
      repology: z.array(Key).default([]),
    })
    .optional(),
  /** Where `upkeep sync` fetches the lifecycle from (docs/sync.md); defaults by product and sources. */
  sync: z
    .strictObject({
      format: z.enum(['endoflife-api', 'openstack-series', 'ceph-releases', 'none']).optional(),
      url: z.url({ protocol: /^https?$/ }).optional(),
    })
    .optional(),
  cycles: z.array(CycleFile),
});
export type ProductFile = z.infer<typeof ProductFile>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDateOrFlag = (v: unknown): boolean => typeof v === 'boolean' || isPlainDate(v);
const CYCLE_KEYS = new Set(Object.keys(CycleFile.shape));

/** EndField's result when `v` is certainly valid, else undefined. */
function endFieldFast(v: unknown): EndField | undefined {
  if (typeof v === 'boolean' || isPlainDate(v)) return v as EndField;
  if (!isPlainObject(v)) return undefined;
  for (const k in v) if (k !== 'announced' && k !== 'actual') return undefined;
  const { announced, actual } = v;
  if ((announced !== undefined && !isDateOrFlag(announced)) || (actual !== undefined && !isPlainDate(actual))) return undefined;
  return { ...(announced !== undefined ? { announced } : {}), ...(actual !== undefined ? { actual } : {}) } as EndField;
}

/**
 * CycleFile's result for a cycle entry that is certainly valid, without zod (a product file has
 * dozens of cycles; the schema library's per-object cost is most of an uncached load). Undefined
 * for anything else: the caller then validates with the schema, which words the problem.
 */
export function cycleFileFast(raw: unknown): CycleFile | undefined {
  if (!isPlainObject(raw)) return undefined;
  for (const k in raw) if (!CYCLE_KEYS.has(k)) return undefined;
  const c = raw;
  const out: Record<string, unknown> = {};
  if (!isKey(c.cycle)) return undefined;
  out.cycle = String(c.cycle);
  if (c.codename !== undefined) {
    if (typeof c.codename !== 'string' || c.codename.length > 100) return undefined;
    out.codename = c.codename;
  }
  if (c.aliases !== undefined) {
    if (!Array.isArray(c.aliases) || !c.aliases.every(isKey)) return undefined;
    out.aliases = c.aliases.map(String);
  }
  if (c.released !== undefined) {
    if (!isPlainDate(c.released)) return undefined;
    out.released = c.released;
  }
  for (const flag of ['lts', 'slurp'] as const) {
    if (c[flag] === undefined) continue;
    if (typeof c[flag] !== 'boolean') return undefined;
    out[flag] = c[flag];
  }
  for (const phase of ['maintained', 'security', 'extended'] as const) {
    if (c[phase] === undefined) continue;
    const end = endFieldFast(c[phase]);
    if (end === undefined) return undefined;
    out[phase] = end;
  }
  if (c.latest !== undefined) {
    if (!isKey(c.latest)) return undefined;
    out.latest = String(c.latest);
  }
  if (c.latest_date !== undefined) {
    if (!isPlainDate(c.latest_date)) return undefined;
    out.latest_date = c.latest_date;
  }
  if (c.points !== undefined) {
    if (!isPlainObject(c.points) || !Object.values(c.points).every(isPlainDate)) return undefined;
    out.points = { ...c.points };
  }
  if (c.note !== undefined) {
    if (typeof c.note !== 'string') return undefined;
    out.note = c.note;
  }
  return out as CycleFile;
}

/** ProductFile with its cycles left unchecked: for a file whose every cycle passed cycleFileFast. */
export const ProductFileHead = ProductFile.extend({ cycles: z.array(z.unknown()) });

export const PinValue = z.union([Key, z.strictObject({ version: Key, source: z.string().optional(), note: z.string().optional() })]);

export const ReleaseFile = z.strictObject({
  id: FileId,
  version: Key.optional(),
  date: DateText,
  end: DateText,
  source: z.string().optional(),
  note: z.string().optional(),
  pins: z.record(z.string(), PinValue),
  alternatives: z.record(z.string(), z.array(Key)).optional(),
});
export type ReleaseFile = z.infer<typeof ReleaseFile>;

const PackagingName = z.enum(['distro-package', 'container-image', 'source', 'ansible-collection', 'other']);

export const ComponentFile = z.strictObject({
  product: z.string().optional(),
  scheme: SchemeName.optional(),
  packaging: PackagingName.optional(),
  /** Versions shipped another way: `- { versions: "23.03", packaging: source, source: "…" }` (cycles or ranges). */
  packaging_by_version: z
    .array(
      z.strictObject({
        versions: z.union([Key, z.array(Key).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
        packaging: PackagingName,
        source: z.string().max(500).optional(),
      }),
    )
    .max(100)
    .optional(),
  note: z.string().optional(),
});

export const WorkspaceFile = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  components: z.record(z.string(), ComponentFile).default({}),
  /** Package URL → product, for SBOM imports; extends the built-in mapping and the products' identifiers. */
  purls: z.record(PackageUrl, z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a product id, e.g. postgresql')).default({}),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

/** policy.yaml: made from the check rules' registry (src/core/check/rules). */
export { PolicyFile } from '../core/policy/schema.js';

/** A maintenance promise in commitments.yaml (docs/commitments.md). */
const CommitmentFields = z.strictObject({
  release: Key,
  component: z.string().min(1),
  /** One cycle of the component's product (id, codename or alias); absent: every cycle. */
  cycle: Key.optional(),
  by: z.enum(['upstream', 'community', 'partner']),
  /** The partner's name, with `by: partner`. */
  partner: z.string().min(1).optional(),
  scope: z.enum(['security', 'bug-fixes']),
  from: DateText.optional(),
  until: DateText,
  link: z.string().url().optional(),
  note: z.string().optional(),
});
export const CommitmentFile = CommitmentFields.superRefine((c, ctx) => {
  if (c.by === 'partner' && !c.partner)
    ctx.addIssue({ code: 'custom', path: ['partner'], message: 'a commitment by a partner names the partner (partner: <name>)' });
  if (c.by !== 'partner' && c.partner)
    ctx.addIssue({ code: 'custom', path: ['partner'], message: `a commitment by ${c.by} names no partner (write by: partner)` });
});
export type CommitmentFile = z.infer<typeof CommitmentFile>;

/** An accepted finding in commitments.yaml; `expires` is required (checked with its own words by the loader). */
export const WaiverFile = z.strictObject({
  release: Key,
  component: z.string().min(1),
  rule: z.string().min(1),
  reason: z.string().min(1),
  owner: z.string().min(1),
  expires: DateText.optional(),
});
export type WaiverFile = z.infer<typeof WaiverFile>;

/** commitments.yaml: who maintains what until when, and the findings accepted until a date. */
export const CommitmentsFile = z.strictObject({
  commitments: z.array(CommitmentFile).default([]),
  waivers: z.array(WaiverFile).default([]),
});
export type CommitmentsFile = z.infer<typeof CommitmentsFile>;

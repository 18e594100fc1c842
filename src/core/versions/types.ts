/**
 * A version scheme: how a product's versions parse, order and map to a lifecycle cycle.
 * One folder per scheme (`src/core/versions/<id>/index.ts`), one line in `registry.ts`.
 */
export type SchemeId = 'semver' | 'ceph' | 'openstack' | 'calendar' | 'ubuntu' | 'kubernetes' | 'container' | 'kolla' | 'distro' | 'loose' | 'git';

export interface ParsedVersion {
  /** The text as given. */
  readonly raw: string;
  /** Numeric release parts, most significant first, used for ordering (`16.2.11` → [16, 2, 11]). */
  readonly release: readonly number[];
  /** Pre-release label (`rc1`, `beta`): sorts before the same release without it. */
  readonly pre?: string;
  /**
   * Epoch, compared before the release parts (container tag `5:20.10.23` → 5); absent means 0.
   * Ranges ignore it: `>=20.10` asks about the release, not the packaging epoch.
   */
  readonly epoch?: number;
  /**
   * Numeric parts after the release that only break ties, compared after `pre`
   * (Kolla build date `24.1.2.20240909` → [20240909]); absent means none.
   */
  readonly build?: readonly number[];
  /**
   * Cycle keys this version may belong to, most specific first; the lifecycle picks the first it
   * knows (`10.11.2-alpine` → ["10.11", "10"]; `16.2.11` → ["16"]; `stable-zed` → ["zed"]).
   */
  readonly cycles: readonly string[];
  /** False for development and release-candidate versions (Ceph 16.1.x, x.0.z), pre-releases. */
  readonly stable: boolean;
  /** True for pins that name no version (a git SHA, a branch): reported, never guessed. */
  readonly unversioned: boolean;
}

export interface VersionScheme {
  readonly id: SchemeId;
  readonly displayName: string;
  /** Where the scheme is defined upstream. */
  readonly urls: readonly string[];
  /**
   * Parses a version, or returns undefined when it does not follow the scheme.
   * Hard cases are named in each scheme's doc comment (Ceph: 16.2.x is Pacific stable,
   * 16.1.x a release candidate; container tags: `5:20.10.23` has epoch 5).
   */
  parse(version: string): ParsedVersion | undefined;
  /** Total order on parseable versions: negative, 0, positive. Unparseable versions sort first. */
  compare(a: string, b: string): number;
  /** Order of two cycle keys of this scheme (`zed` < `antelope` for OpenStack). */
  compareCycles(a: string, b: string): number;
}

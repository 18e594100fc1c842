import type { PlainDate } from '../dates.js';
import { cycleOf } from '../lifecycle/match.js';
import { type PhaseState, type PointReleaseSummary, phaseOn, pointReleasesAsOf, type ResolvedEnd, resolveEnd, withPointsAfter } from '../lifecycle/phases.js';
import { type KnownLifecycle, knownAt } from '../lifecycle/replay.js';
import type { Cycle, PhaseName } from '../lifecycle/types.js';
import { isDigest } from '../versions/container/index.js';
import { isCommitId } from '../versions/git/index.js';
import { getScheme } from '../versions/registry.js';
import type { ParsedVersion, VersionScheme } from '../versions/types.js';
import type { Pin, Release, Workspace } from '../workspace.js';

const MOVING_REFS = new Set(['main', 'master', 'head', 'latest', 'stable']);

/** A commit or an image digest: it pins exact content but names no version, whatever the scheme. */
function isContentRef(text: string): boolean {
  return isCommitId(text) || isDigest(text);
}

/** A commit, an image digest or a moving branch/tag: no version, whatever the product's scheme (`sixteen` is a typo, not a branch). */
function isUnversionedRef(text: string): boolean {
  return isContentRef(text) || MOVING_REFS.has(text.toLowerCase());
}

/** An unversioned reference read by the scheme that names it (a digest by container tags, the rest by git). */
function parseRef(text: string): ParsedVersion | undefined {
  return getScheme(isDigest(text) ? 'container' : 'git')?.parse(text);
}

/** A pin with everything the workspace knows about it as of a date. */
export interface ResolvedPin {
  readonly release: Release;
  readonly pin: Pin;
  readonly alternative: boolean;
  readonly product: string | undefined;
  readonly scheme: VersionScheme | undefined;
  readonly parsed: ParsedVersion | undefined;
  readonly known: KnownLifecycle | undefined;
  readonly cycle: Cycle | undefined;
  /**
   * What the pin is on the as-of date. `unknown-cycle`: a version of the scheme that names no cycle
   * known by then; `bad-version`: neither a version of the scheme nor a cycle's name (a finding, never a refusal).
   */
  readonly state: PhaseState | 'unversioned' | 'no-lifecycle' | 'unknown-cycle' | 'bad-version';
  readonly end: ResolvedEnd | undefined;
  /** Stable point releases of the pin's cycle published by the as-of date. */
  readonly points: PointReleaseSummary | undefined;
}

/**
 * Resolves pins against lifecycles as known on `asOf`. One lifecycle replay per product, shared
 * by all pins (10,000 pins × 200 products stay fast). A pin that is no version and names no cycle
 * is resolved as `bad-version`: the rules report it as a finding of that pin.
 */
export class PinResolver {
  private readonly known = new Map<string, KnownLifecycle>();
  /** Per cycle as known on asOf: its end, its phase and its point releases (shared by every pin of the cycle). */
  private readonly cycleFacts = new WeakMap<Cycle, Pick<ResolvedPin, 'state' | 'end' | 'points'>>();
  /** Version → parsed and cycle, per product and scheme. */
  private readonly versions = new Map<string, { parsed: ParsedVersion | undefined; cycle: Cycle | undefined }>();

  constructor(
    private readonly ws: Workspace,
    readonly asOf: PlainDate,
    private readonly phase: PhaseName,
  ) {}

  lifecycle(productId: string): KnownLifecycle | undefined {
    let k = this.known.get(productId);
    if (!k) {
      const product = this.ws.products.get(productId);
      if (!product) return undefined;
      k = knownAt(product, this.asOf);
      this.known.set(productId, k);
    }
    return k;
  }

  /** Products consulted so far, with the basis of what was known. */
  lifecycles(): KnownLifecycle[] {
    return [...this.known.values()];
  }

  resolve(release: Release, pin: Pin, alternative: boolean): ResolvedPin {
    const component = this.ws.components.get(pin.component);
    const productId = component?.product ?? (this.ws.products.has(pin.component) ? pin.component : undefined);
    const product = productId ? this.ws.products.get(productId) : undefined;
    const schemeId = component?.scheme ?? product?.scheme;
    const scheme = schemeId ? getScheme(schemeId) : undefined;
    // One object shape for every pin (fields undefined where unknown): 10,000 pins stay cheap.
    const r = {
      release,
      pin,
      alternative,
      product: productId,
      scheme,
      parsed: undefined as ParsedVersion | undefined,
      known: undefined as KnownLifecycle | undefined,
      cycle: undefined as Cycle | undefined,
      state: 'no-lifecycle' as ResolvedPin['state'],
      end: undefined as ResolvedEnd | undefined,
      points: undefined as PointReleaseSummary | undefined,
    };
    if (!scheme || !product || !productId) {
      r.state = isContentRef(pin.version) ? 'unversioned' : 'no-lifecycle';
      return r;
    }
    const known = this.lifecycle(productId) as KnownLifecycle;
    const { parsed, cycle } = this.version(productId, scheme, known, pin.version);
    r.known = known;
    r.parsed = parsed;
    if (parsed?.unversioned) {
      r.state = 'unversioned';
      return r;
    }
    if (!parsed && !cycle) {
      r.state = 'bad-version';
      return r;
    }
    if (!cycle) {
      r.state = 'unknown-cycle';
      return r;
    }
    let facts = this.cycleFacts.get(cycle);
    if (!facts) {
      const end = withPointsAfter(resolveEnd(cycle, this.phase), cycle, this.asOf, scheme);
      facts = { state: phaseOn(cycle, this.asOf), end, points: pointReleasesAsOf(cycle, this.asOf, scheme) };
      this.cycleFacts.set(cycle, facts);
    }
    r.cycle = cycle;
    r.state = facts.state;
    r.end = facts.end;
    r.points = facts.points;
    return r;
  }

  private version(productId: string, scheme: VersionScheme, known: KnownLifecycle, version: string) {
    const key = `${productId}\0${scheme.id}\0${version}`;
    let v = this.versions.get(key);
    if (!v) {
      // A commit or digest before the scheme: the loose scheme would read `3d55be0` as version 3 with a label.
      const ref = !known.find(version) && isUnversionedRef(version);
      const parsed = ref && isContentRef(version) ? parseRef(version) : (scheme.parse(version) ?? (ref ? parseRef(version) : undefined));
      v = { parsed, cycle: parsed?.unversioned ? undefined : cycleOf(known, version, parsed) };
      this.versions.set(key, v);
    }
    return v;
  }
}

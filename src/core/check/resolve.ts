import type { PlainDate } from '../dates.js';
import { UpkeepError } from '../errors.js';
import { type PhaseState, type PointReleaseSummary, phaseOn, pointReleasesAsOf, type ResolvedEnd, resolveEnd } from '../lifecycle/phases.js';
import { type KnownLifecycle, knownAt } from '../lifecycle/replay.js';
import type { Cycle, PhaseName } from '../lifecycle/types.js';
import { isCommitId } from '../versions/git/index.js';
import { getScheme } from '../versions/registry.js';
import type { ParsedVersion, VersionScheme } from '../versions/types.js';
import type { Pin, Release, Workspace } from '../workspace.js';

const MOVING_REFS = new Set(['main', 'master', 'head', 'latest', 'stable']);

/** A commit or a moving branch/tag: no version, whatever the product's scheme (`sixteen` is a typo, not a branch). */
function isUnversionedRef(text: string): boolean {
  return isCommitId(text) || MOVING_REFS.has(text.toLowerCase());
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
  /** What the pin is on the as-of date. */
  readonly state: PhaseState | 'unversioned' | 'no-lifecycle' | 'unknown-cycle';
  readonly end: ResolvedEnd | undefined;
  /** Stable point releases of the pin's cycle published by the as-of date. */
  readonly points: PointReleaseSummary | undefined;
}

/**
 * Resolves pins against lifecycles as known on `asOf`. One lifecycle replay per product, shared
 * by all pins (10,000 pins × 200 products stay fast). Unparseable versions are bad input:
 * all of them are reported at once in one UpkeepError.
 */
export class PinResolver {
  private readonly known = new Map<string, KnownLifecycle>();
  private readonly problems: UpkeepError[] = [];
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
      r.state = isCommitId(pin.version) ? 'unversioned' : 'no-lifecycle';
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
      this.problems.push(
        new UpkeepError(
          'UPK_BAD_VERSION',
          `release ${release.id}: ${pin.component} is pinned to "${pin.version}", which is not a ${scheme.displayName} version and names no ${product.name} cycle`,
          `write a ${scheme.displayName} version (see docs/policy.md, "Version schemes"), or set the component's \`scheme\` in upkeep.yaml if the pin uses another form`,
          { ...(pin.at?.file ? { file: pin.at.file } : {}), ...(pin.at?.line ? { line: pin.at.line } : {}), path: `pins.${pin.component}` },
        ),
      );
      r.state = 'unknown-cycle';
      return r;
    }
    if (!cycle) {
      r.state = 'unknown-cycle';
      return r;
    }
    let facts = this.cycleFacts.get(cycle);
    if (!facts) {
      facts = { state: phaseOn(cycle, this.asOf), end: resolveEnd(cycle, this.phase), points: pointReleasesAsOf(cycle, this.asOf, scheme) };
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
      const git = getScheme('git');
      const parsed = scheme.parse(version) ?? (!known.find(version) && isUnversionedRef(version) ? git?.parse(version) : undefined);
      let cycle: Cycle | undefined;
      if (parsed && !parsed.unversioned) for (const k of parsed.cycles) if ((cycle = known.find(k))) break;
      if (!parsed?.unversioned) cycle ??= known.find(version);
      v = { parsed, cycle };
      this.versions.set(key, v);
    }
    return v;
  }

  /** Throws the bad versions met so far, all at once. */
  throwProblems(): void {
    const [first, ...rest] = this.problems;
    if (first) throw new UpkeepError(first.code, first.message, first.hint, first.location, rest);
  }
}

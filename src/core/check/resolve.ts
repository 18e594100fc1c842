import type { PlainDate } from '../dates.js';
import { UpkeepError } from '../errors.js';
import { pointReleasesAsOf, phaseOn, resolveEnd, type PhaseState, type PointReleaseSummary, type ResolvedEnd } from '../lifecycle/phases.js';
import { knownAt, type KnownLifecycle } from '../lifecycle/replay.js';
import type { Cycle, PhaseName } from '../lifecycle/types.js';
import { getScheme } from '../versions/registry.js';
import type { ParsedVersion, VersionScheme } from '../versions/types.js';
import type { Pin, Release, Workspace } from '../workspace.js';

const SHA = /^[0-9a-f]{7,40}$/i;
const MOVING_REFS = new Set(['main', 'master', 'head', 'latest', 'stable']);

/** A commit or a moving branch/tag: no version, whatever the product's scheme (`sixteen` is a typo, not a branch). */
function isUnversionedRef(text: string): boolean {
  return SHA.test(text) || MOVING_REFS.has(text.toLowerCase());
}

/** A pin with everything the workspace knows about it as of a date. */
export interface ResolvedPin {
  readonly release: Release;
  readonly pin: Pin;
  readonly alternative: boolean;
  readonly product?: string;
  readonly scheme?: VersionScheme;
  readonly parsed?: ParsedVersion;
  readonly known?: KnownLifecycle;
  readonly cycle?: Cycle;
  /** What the pin is on the as-of date. */
  readonly state: PhaseState | 'unversioned' | 'no-lifecycle' | 'unknown-cycle';
  readonly end?: ResolvedEnd;
  /** Stable point releases of the pin's cycle published by the as-of date. */
  readonly points?: PointReleaseSummary;
}

/**
 * Resolves pins against lifecycles as known on `asOf`. One lifecycle replay per product, shared
 * by all pins (10,000 pins × 200 products stay fast). Unparseable versions are bad input:
 * all of them are reported at once in one UpkeepError.
 */
export class PinResolver {
  private readonly known = new Map<string, KnownLifecycle>();
  private readonly problems: UpkeepError[] = [];

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
    const base = { release, pin, alternative };
    const git = getScheme('git');
    if (!scheme || !product || !productId) {
      const unversioned = SHA.test(pin.version);
      return { ...base, ...(productId ? { product: productId } : {}), state: unversioned ? 'unversioned' : 'no-lifecycle' };
    }
    const known = this.lifecycle(productId) as KnownLifecycle;
    const parsed = scheme.parse(pin.version) ?? (!known.find(pin.version) && isUnversionedRef(pin.version) ? git?.parse(pin.version) : undefined);
    const withProduct = { ...base, product: productId, scheme, known };
    if (parsed?.unversioned) return { ...withProduct, parsed, state: 'unversioned' };
    let cycle: Cycle | undefined;
    if (parsed) for (const key of parsed.cycles) if ((cycle = known.find(key))) break;
    cycle ??= known.find(pin.version);
    if (!parsed && !cycle) {
      this.problems.push(
        new UpkeepError(
          'UPK_BAD_VERSION',
          `release ${release.id}: ${pin.component} is pinned to "${pin.version}", which is not a ${scheme.displayName} version and names no ${product.name} cycle`,
          `write a ${scheme.displayName} version (see docs/policy.md, "Version schemes"), or set the component's \`scheme\` in stack.yaml if the pin uses another form`,
          { ...(pin.at?.file ? { file: pin.at.file } : {}), ...(pin.at?.line ? { line: pin.at.line } : {}), path: `pins.${pin.component}` },
        ),
      );
      return { ...withProduct, state: 'unknown-cycle' };
    }
    if (!cycle) return { ...withProduct, ...(parsed ? { parsed } : {}), state: 'unknown-cycle' };
    return {
      ...withProduct,
      ...(parsed ? { parsed } : {}),
      cycle,
      state: phaseOn(cycle, this.asOf),
      end: resolveEnd(cycle, this.phase),
      points: pointReleasesAsOf(cycle, this.asOf, scheme),
    };
  }

  /** Throws the bad versions met so far, all at once. */
  throwProblems(): void {
    const [first, ...rest] = this.problems;
    if (first) throw new UpkeepError(first.code, first.message, first.hint, first.location, rest);
  }
}

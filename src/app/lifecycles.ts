import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { type PhaseState, phaseOn, resolveEnd } from '../core/lifecycle/phases.js';
import { knownAt } from '../core/lifecycle/replay.js';
import { PHASES, type PhaseName } from '../core/lifecycle/types.js';
import { distance } from '../core/suggest.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

/** A stack release as the workspace declares it. */
export interface ReleaseSummary {
  readonly id: string;
  readonly version: string | null;
  readonly date: PlainDate;
  readonly end: PlainDate;
  readonly pins: number;
  readonly alternatives: number;
}

/** The releases of a workspace, oldest first. */
export async function listReleases(input: { readonly workspace: WorkspaceInput }): Promise<{ workspace: string; releases: ReleaseSummary[] }> {
  const ws = await loadInput(input.workspace);
  return {
    workspace: ws.name,
    releases: ws.releases.map((r) => ({
      id: r.id,
      version: r.version ?? null,
      date: r.date,
      end: r.end,
      pins: r.pins.length,
      alternatives: r.alternatives.length,
    })),
  };
}

export interface ProductSummary {
  readonly id: string;
  readonly name: string;
  readonly scheme: string;
  readonly cycles: number;
  /** History entries recorded (what lets a question be asked "as of" a date). */
  readonly history: number;
  readonly sources: string[];
}

/** The products the workspace has a lifecycle for. */
export async function listProducts(input: { readonly workspace: WorkspaceInput }): Promise<ProductSummary[]> {
  const ws = await loadInput(input.workspace);
  return [...ws.products.values()].map((p) => ({
    id: p.id,
    name: p.name,
    scheme: p.scheme,
    cycles: p.cycles.length,
    history: p.history.length,
    sources: [...p.sources],
  }));
}

export interface CycleState {
  readonly id: string;
  readonly codename: string | null;
  readonly released: PlainDate | null;
  readonly lts: boolean;
  /** The phase on the as-of date. */
  readonly phase: PhaseState;
  /** Each phase's end as known on the as-of date: a date, `true` (ended, no date), `false` (no end announced), null (not published). */
  readonly ends: Readonly<Record<PhaseName, PlainDate | boolean | null>>;
  readonly latest: string | null;
}

export interface LifecycleView {
  readonly product: string;
  readonly name: string;
  readonly asOf: PlainDate;
  readonly basis: 'history' | 'current';
  readonly cycles: CycleState[];
}

/** A product's cycles as known on a date, each with its phase then. */
export async function lifecycle(input: { readonly workspace: WorkspaceInput; readonly product: string; readonly asOf: PlainDate }): Promise<LifecycleView> {
  const ws = await loadInput(input.workspace);
  const product = ws.products.get(input.product);
  if (!product) {
    const near = [...ws.products.keys()].filter((id) => distance(id, input.product) <= 2);
    throw new UpkeepError(
      'UPK_UNKNOWN_PRODUCT',
      `the workspace has no lifecycle of product "${input.product}"`,
      `${near.length ? `did you mean ${near.join(', ')}? ` : ''}the products are: ${[...ws.products.keys()].join(', ')}`,
    );
  }
  const known = knownAt(product, input.asOf);
  return {
    product: product.id,
    name: product.name,
    asOf: input.asOf,
    basis: known.basis,
    cycles: known.cycles.map((c) => {
      const ends = Object.fromEntries(
        PHASES.map((phase) => {
          const end = resolveEnd(c, phase);
          return [phase, end.basis === 'none' ? null : (end.date ?? (end.ended ? true : end.open ? false : null))];
        }),
      ) as Record<PhaseName, PlainDate | boolean | null>;
      return {
        id: c.id,
        codename: c.codename ?? null,
        released: c.released ?? null,
        lts: c.lts ?? false,
        phase: phaseOn(c, input.asOf),
        ends,
        latest: c.latest ?? null,
      };
    }),
  };
}

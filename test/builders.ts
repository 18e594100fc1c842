import type { Commitment, Waiver } from '../src/core/commitments/types.js';
import type { PlainDate } from '../src/core/dates.js';
import type { Cycle, Fact, PointRelease, Product } from '../src/core/lifecycle/types.js';
import { DEFAULT_POLICY } from '../src/core/policy/schema.js';
import type { Policy } from '../src/core/policy/types.js';
import type { SchemeId } from '../src/core/versions/types.js';
import type { Component, Pin, Release, Workspace } from '../src/core/workspace.js';

export const d = (s: string) => s as PlainDate;

/** Small builders so tests read as specifications, not JSON blobs. */
export class WorkspaceBuilder {
  private products = new Map<string, Product>();
  private components = new Map<string, Component>();
  private releases: Release[] = [];
  private policyValue: Policy = DEFAULT_POLICY;
  private commitments: Commitment[] = [];
  private waivers: Waiver[] = [];

  product(id: string, scheme: SchemeId, cycles: Cycle[], history: Fact[] = []): this {
    this.products.set(id, { id, name: id[0]!.toUpperCase() + id.slice(1), scheme, cycles, history, sources: [] });
    return this;
  }
  component(id: string, product: string, scheme?: SchemeId): this {
    this.components.set(id, { id, product, ...(scheme ? { scheme } : {}) });
    return this;
  }
  release(id: string, date: string, end: string, pins: Record<string, string>, alternatives: Record<string, string> = {}): this {
    const toPins = (r: Record<string, string>): Pin[] => Object.entries(r).map(([component, version]) => ({ component, version }));
    this.releases.push({ id, date: d(date), end: d(end), pins: toPins(pins), alternatives: toPins(alternatives) });
    return this;
  }
  policy(change: (p: Policy) => Policy): this {
    this.policyValue = change(this.policyValue);
    return this;
  }
  /** A promise of commitments.yaml (dates as text). */
  commitment(c: Omit<Commitment, 'until' | 'from'> & { until: string; from?: string }): this {
    this.commitments.push(c as Commitment);
    return this;
  }
  /** An accepted finding of commitments.yaml. */
  waiver(w: Omit<Waiver, 'expires'> & { expires: string }): this {
    this.waivers.push(w as Waiver);
    return this;
  }
  build(): Workspace {
    return {
      name: 'test',
      products: this.products,
      components: this.components,
      releases: this.releases,
      policy: this.policyValue,
      ...(this.commitments.length ? { commitments: this.commitments } : {}),
      ...(this.waivers.length ? { waivers: this.waivers } : {}),
    };
  }
}

export function cycle(id: string, released: string, maintained: string | boolean | { announced?: string; actual?: string }, extra: Partial<Cycle> = {}): Cycle {
  const end = typeof maintained === 'object' ? maintained : { announced: maintained };
  return { id, released: d(released), ends: { maintained: end as Cycle['ends']['maintained'] & object }, ...extra };
}

export function points(list: [string, string][]): readonly PointRelease[] {
  return list.map(([version, date]) => ({ version, date: d(date) }));
}

import { type SeverityOrIgnore, severityOrIgnoreSchema } from '../../policy/severity.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported } from './severity-only.js';
import { defaulted, defineRule, type RuleHandlers } from './types.js';

export interface NoLifecycleFinding extends FindingBase {
  readonly rule: 'no-lifecycle';
  /**
   * The product the component names, whose lifecycle is not in the workspace (an OSISM release
   * imported before Ceph's lifecycle: `ceph`); absent when the component names no product.
   */
  readonly missingProduct: string | undefined;
}

export interface NoLifecyclePolicy {
  /** Pins of components that name no product (tools nobody tracks). */
  readonly severity: SeverityOrIgnore;
  /** Pins of components that name a product whose lifecycle is not in `products/` yet. */
  readonly productSeverity: SeverityOrIgnore;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin whose component has no lifecycle in the workspace. */
    readonly noLifecycle: NoLifecyclePolicy;
  }
}

/**
 * A pin whose component has no lifecycle in the workspace. A component that names a product
 * whose lifecycle is missing is a warning by default (Ceph pinned, its lifecycle not imported:
 * passing it over would read as "Ceph is fine"); one that names no product is ignored by default
 * (many stacks pin tools nobody tracks). Either way the check's pin counts show them.
 */
export const noLifecycle = defineRule({
  id: 'no-lifecycle',
  schema: (z) =>
    defaulted(
      z.strictObject({
        severity: severityOrIgnoreSchema(z).default('ignore'),
        product_severity: severityOrIgnoreSchema(z).default('warning'),
      }),
    ),
  fromFile: (f): NoLifecyclePolicy => ({ severity: f.severity, productSeverity: f.product_severity }),
  findings: {
    'no-lifecycle':
      "a pin's component has no lifecycle in `products/`: `product_severity` when the component names a product whose file is missing, `severity` when it names none",
  },
  template: {
    comment: ['Pins whose component has no lifecycle in products/.'],
    fields: {
      severity: 'components that name no product (tools nobody tracks)',
      product_severity: 'components that name a product whose lifecycle is not imported yet',
    },
    column: 29,
  },
  create(settings, { asOf }): RuleHandlers<NoLifecycleFinding> {
    const unnamed = reported(settings.severity);
    const named = reported(settings.productSeverity);
    if (!unnamed && !named) return {};
    return {
      unresolved(r, out) {
        if (r.state !== 'no-lifecycle') return;
        const s = r.product ? named : unnamed;
        if (s) out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'no-lifecycle' as const, missingProduct: r.product }));
      },
    };
  },
});

import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { type MaintenanceFigures, maintenanceFigures } from '../app/metrics.js';
import type { Workspace } from '../app/workspace-input.js';
import type { ServerContext } from './context.js';
import { served } from './context.js';

/**
 * The Prometheus metrics of one app, in a Registry of its own (two apps in one process, as in the
 * tests, do not share series). The maintenance figures are computed once per workspace state and
 * day, like the status documents; a scrape only copies them into the gauges.
 */
export interface ServerMetrics {
  readonly registry: Registry;
  readonly reloads: Counter<'outcome'>;
}

export function createMetrics(ctx: ServerContext): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const figures = new WeakMap<Workspace, { asOf: string; figures: Promise<MaintenanceFigures> }>();
  const current = async (): Promise<MaintenanceFigures> => {
    const ws = await served(ctx);
    const asOf = ctx.today();
    let entry = figures.get(ws);
    if (!entry || entry.asOf !== asOf) figures.set(ws, (entry = { asOf, figures: maintenanceFigures({ workspace: ws, asOf }) }));
    return entry.figures;
  };

  new Gauge({
    name: 'upkeep_pin_days_left',
    help: "Days until the pinned cycle leaves the phase the policy's horizon requires (negative: left that many days ago); pins with a known end only",
    labelNames: ['release', 'component', 'product', 'version', 'cycle', 'alternative', 'required_phase'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const p of (await current()).pins)
        if (p.daysLeft !== null)
          this.set(
            {
              release: p.release,
              component: p.component,
              product: p.product,
              version: p.version,
              cycle: p.cycle,
              alternative: String(p.alternative),
              required_phase: p.required,
            },
            p.daysLeft,
          );
    },
  });

  new Gauge({
    name: 'upkeep_pin_phase',
    help: 'The state of each pin today: 1 for its phase (maintained, security, extended, ended, future, unknown) or why it has none (no-lifecycle, unversioned, unknown-cycle, bad-version)',
    labelNames: ['release', 'component', 'product', 'version', 'alternative', 'phase'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const p of (await current()).pins)
        this.set({ release: p.release, component: p.component, product: p.product, version: p.version, alternative: String(p.alternative), phase: p.state }, 1);
    },
  });

  new Gauge({
    name: 'upkeep_findings',
    help: 'Findings of `upkeep check` today, per release and severity',
    labelNames: ['release', 'severity'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const f of (await current()).findings) this.set({ release: f.release, severity: f.severity }, f.count);
    },
  });

  new Gauge({
    name: 'upkeep_lifecycle_data_age_days',
    help: "Days since the newest date a product's lifecycle data records (a history entry, a release, a point release): data that stops moving may be stale",
    labelNames: ['product'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const a of (await current()).lifecycleAge) if (a.days !== null) this.set({ product: a.product }, a.days);
    },
  });

  new Gauge({
    name: 'upkeep_workspace_releases',
    help: 'Stack releases in the workspace state served',
    registers: [registry],
    async collect() {
      this.set((await served(ctx)).releases.length);
    },
  });

  new Gauge({
    name: 'upkeep_candidate_verdict',
    help: 'The stability verdict of each candidate assessed through GET /api/assess since the process started: 1 for its verdict (stable-enough, not-yet, not-enough-data)',
    labelNames: ['product', 'candidate', 'baseline', 'env', 'verdict'],
    registers: [registry],
    collect() {
      this.reset();
      for (const v of ctx.verdicts.values()) this.set({ product: v.product, candidate: v.candidate, baseline: v.baseline, env: v.env, verdict: v.verdict }, 1);
    },
  });

  const reloads = new Counter({
    name: 'upkeep_workspace_reloads_total',
    help: 'Workspace reloads (file change, POST /api/reload, another replica), by outcome: ok, or failed (the last good state stays served)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  return { registry, reloads };
}

import type { Plan } from '../core/plan/types.js';
import type { ProductNames } from './message.js';
import type { Renderer } from './renderer.js';

export interface PlanContext {
  readonly names: ProductNames;
  readonly exitCode: number;
}

/** The formats of `upkeep plan`, the default first. */
export const PLAN_FORMATS: readonly Renderer<Plan, PlanContext>[] = [
  {
    id: 'table',
    description: 'components that change or break a rule, with reasons and rejected candidates; the gaps with their options',
    mediaType: 'text/plain; charset=utf-8',
    extension: '.txt',
    render: async (plan, c) => (await import('./plan-text.js')).renderPlanTable(plan, c.names),
  },
  {
    id: 'json',
    description: 'the plan as data (schema upkeep.plan/v1): every component, reasons, rejected candidates, gaps, findings',
    mediaType: 'application/json',
    extension: '.json',
    render: async (plan, c) => (await import('./plan-json.js')).renderPlanJson(plan, c.names, c.exitCode),
  },
  {
    id: 'markdown',
    description: 'Markdown, for a release pull request or the board',
    mediaType: 'text/markdown; charset=utf-8',
    extension: '.md',
    render: async (plan, c) => (await import('./plan-text.js')).renderPlanMarkdown(plan, c.names),
  },
];

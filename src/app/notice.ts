import { check } from '../core/check/check.js';
import { selectReleases } from '../core/check/select.js';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { noticeOf, noticeReleases } from '../core/notice/build.js';
import { AUDIENCES, type Audience, type NoticeVerdict, type NoticeView } from '../core/notice/types.js';
import { planRelease } from '../core/plan/plan.js';
import type { Plan } from '../core/plan/types.js';
import { closest } from '../core/suggest.js';
import type { Workspace } from '../core/workspace.js';
import { openWorkspace } from '../workspace/index.js';

export type { Audience, NoticeView } from '../core/notice/types.js';
export { AUDIENCES } from '../core/notice/types.js';

export interface NoticeInput {
  /** internal | operators | public (anything else: UPK_UNKNOWN_AUDIENCE). */
  readonly audience: string;
  readonly asOf: PlainDate;
  /** Only these releases; default every release not ended on the as-of date. */
  readonly release?: string | readonly string[];
  /** Only the components of these products (product ids of products/). */
  readonly products?: readonly string[];
  /** Ask the planner for the next point release of each release with a gap (default: not for the public). */
  readonly plans?: boolean;
  /** Stability verdicts to show (issue 16 fills this hook). */
  readonly verdicts?: readonly NoticeVerdict[];
}

/** The audience asked for, or UPK_UNKNOWN_AUDIENCE naming the ones there are. */
export function audienceOf(value: string): Audience {
  if ((AUDIENCES as readonly string[]).includes(value)) return value as Audience;
  const [near] = closest(value, AUDIENCES, 1);
  throw new UpkeepError(
    'UPK_UNKNOWN_AUDIENCE',
    `there is no notice for the audience "${value}"`,
    `${near ? `did you mean --audience ${near}? ` : ''}use one of: ${AUDIENCES.join(', ')}`,
  );
}

/**
 * The notice for an audience, as a view model: findings, the planner's choices, commitments and
 * the lifecycle history of a workspace's releases, as known on a date. The CLI (`upkeep notice`),
 * the server and the static site call this and pick a format from src/web/notice-formats.ts.
 */
export async function buildNotices(workspace: string | Workspace, input: NoticeInput): Promise<NoticeView> {
  const audience = audienceOf(input.audience);
  const ws = typeof workspace === 'string' ? await openWorkspace(workspace).load() : workspace;
  const ids = input.release === undefined ? [] : typeof input.release === 'string' ? [input.release] : [...input.release];
  if (ids.length)
    selectReleases(ws, ids); // unknown release: UPK_UNKNOWN_RELEASE
  else selectReleases(ws, undefined); // no release at all: UPK_EMPTY_WORKSPACE
  for (const product of input.products ?? [])
    if (!ws.products.has(product)) {
      const near = closest(product, [...ws.products.keys()], 3);
      throw new UpkeepError(
        'UPK_UNKNOWN_PRODUCT',
        `--products: the workspace has no lifecycle of product "${product}"`,
        `${near.length ? `did you mean ${near.join(', ')}? ` : ''}give product ids of products/ (${[...ws.products.keys()].slice(0, 12).join(', ')}, …)`,
      );
    }
  const plans = (input.plans ?? audience !== 'public') ? await nextPointPlans(ws, input.asOf, ids) : undefined;
  return noticeOf(
    ws,
    { audience, asOf: input.asOf, ...(ids.length ? { releases: ids } : {}), ...(input.products?.length ? { products: input.products } : {}) },
    { ...(plans ? { plans } : {}), ...(input.verdicts ? { verdicts: input.verdicts } : {}) },
  );
}

/** The planner's next point release (dated the as-of date, or the release date if later) of each release not ended whose upstream maintenance runs out. */
async function nextPointPlans(ws: Workspace, asOf: PlainDate, ids: readonly string[]): Promise<Map<string, Plan>> {
  const releases = noticeReleases(ws, asOf, ids).filter((r) => r.end >= asOf);
  const report = check(ws, { asOf, releases: releases.map((r) => r.id) });
  const gaps = releases.filter((r) => report.findings.some((f) => f.release === r.id && (f.rule === 'horizon' || f.rule === 'ended') && !f.alternative));
  const plans = new Map<string, Plan>();
  if (!gaps.length) return plans;
  const { highsSolver } = await import('./plan.js');
  const solver = await highsSolver();
  for (const r of gaps) {
    const date = asOf > r.date ? asOf : r.date;
    plans.set(r.id, planRelease(ws, { release: `${r.id}.next`, from: r.id, point: true, date, end: r.end, asOf }, solver));
  }
  return plans;
}

/**
 * The plan page: for each release the dashboard plans (src/app/site.ts), the components that
 * change or break a rule with the reasons and the rejected alternatives, the kept ones, and each
 * maintenance gap with its options. The sentences are those of `upkeep plan` (src/render/plan-*).
 */
import type { SitePlan } from '../../core/dashboard/types.js';
import type { ProductNames } from '../../render/message.js';
import { basis, keptLine, shown, upgradeWarning } from '../../render/plan-text.js';
import { gapTitle, headline, optionText, reasonText, rejectionText, summaryLine, versionText } from '../../render/plan-words.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import type { SiteContext } from './types.js';

const list = (items: readonly string[]) =>
  items.length
    ? html`<ul>${joinHtml(
        items.map((i) => html`<li>${i}</li>`),
        '',
      )}</ul>`
    : '-';

function planSection({ plan, kind }: SitePlan, names: ProductNames, n: number): SafeHtml {
  const rows = shown(plan).map(
    (c) => html`<tr><th scope="row">${c.component}</th><td>${c.from.version}</td><td>${versionText(c.to)}</td><td>${c.change}</td>
<td>${list(c.reasons.map((r) => reasonText(r, c, plan, names)))}</td><td>${list(c.rejected.map((r) => `${versionText(r.candidate)}: ${rejectionText(r.because)}`))}</td></tr>`,
  );
  const table = rows.length
    ? html`<div class="scroll" tabindex="0" role="region" aria-label="${`Components of ${plan.release.id}`}"><table><caption>Components of ${plan.release.id} that change or break a rule</caption>
<thead><tr><th scope="col">component</th><th scope="col">from</th><th scope="col">to</th><th scope="col">change</th><th scope="col">why</th><th scope="col">rejected alternatives</th></tr></thead>
<tbody>${joinHtml(rows, '\n')}</tbody></table></div>`
    : html`<p>Nothing changes and nothing breaks a rule.</p>`;
  const gaps = plan.gaps.map((g) => {
    const pc = plan.components.find((c) => c.component === g.component);
    const options = g.options.map((o) => {
      const taken = (o.kind === 'upgrade') === (g.chosen === 'upgrade') && o.kind !== 'announce';
      return html`<li>${taken ? html`<strong>the plan takes it:</strong> ` : ''}${optionText(o, g)}</li>`;
    });
    return html`<h4>${gapTitle(g, names, plan, pc?.product)}</h4><ul>${joinHtml(options, '')}</ul>`;
  });
  const id = `plan-${n}`;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${plan.release.id} (${plan.release.date} → ${plan.release.end}), ${plan.point ? `a point release of ${plan.base.id}` : `after ${plan.base.id}`}</h2>
<p class="note">${kind === 'upcoming' ? `${plan.release.id} is dated after ${plan.asOf}: planned afresh with what was known then.` : `No release of the workspace is dated after ${plan.asOf}: the next release after ${plan.base.id}, were it built on ${plan.release.date}.`} ${headline(plan)}.</p>
${joinHtml(
  [...basis(plan), ...upgradeWarning(plan, names)].map((b) => html`<p class="note">${b}</p>`),
  '',
)}
<p><strong>${summaryLine(plan)}</strong></p>
${table}
<p>${joinHtml(keptLine(plan), html`<br>`)}</p>
${gaps.length ? html`<h3>Maintenance gaps of ${plan.base.id} and the options</h3>\n${joinHtml(gaps, '\n')}<p class="note">Keeping a cycle means own backports or an announcement: the board chooses.</p>` : ''}
</section>`;
}

/** The plan page's main content. */
export function planMain(ctx: SiteContext): SafeHtml {
  const plans = ctx.data.plans ?? [];
  if (!plans.length) return html`<p class="empty">The workspace has no release to plan from.</p>`;
  return html`<p class="note">The same plans as <code>upkeep plan</code>: the version of each component, why, and what was rejected.</p>
${joinHtml(
  plans.map((p, i) => planSection(p, ctx.data.productName, i)),
  '\n',
)}`;
}

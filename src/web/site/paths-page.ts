/**
 * The paths page: how an operator on each older release reaches the latest one, as the graph of
 * `upkeep paths --format svg` (upgrades taken as arrows, a blocked direct jump dashed, with what
 * blocks it) and the same in words.
 */
import { stepWords } from '../../render/paths-text.js';
import { html, joinHtml, type SafeHtml, trustedHtml } from '../html.js';
import { renderPathsSvg } from '../paths-formats.js';
import type { SiteContext } from './types.js';

/** The paths page's main content. */
export function pathsMain(ctx: SiteContext): SafeHtml {
  const all = ctx.data.paths ?? [];
  if (!all.length) return html`<p class="empty">The workspace has one release: there is no upgrade path to show.</p>`;
  const names = ctx.data.productName;
  const sections = all.map((p) => {
    const blocked = [p.direct, ...(p.blocked && p.blocked !== p.direct ? [p.blocked] : [])].filter((j) => !j.allowed);
    const why = blocked.map(
      (j) =>
        html`<li>${j.from} → ${j.to} directly is not one upgrade: ${joinHtml(
          j.steps.filter((s) => s.verdict === 'blocked').map((s) => `${s.component} ${stepWords(s, names)}`),
          '; ',
        )}</li>`,
    );
    const path = p.path ? `${p.path.join(' → ')}` : undefined;
    // renderPathsSvg builds its markup with html`` (every text escaped; its <title> names it for screen readers)
    const svg = trustedHtml(renderPathsSvg(p));
    return html`<section aria-labelledby="${`path-${p.from}`}">
<h2 id="${`path-${p.from}`}">From ${p.from} to ${p.to}</h2>
<p>${path ? html`Upgrade path: <strong>${path}</strong> (${p.jumps.length} upgrade${p.jumps.length === 1 ? '' : 's'}).` : html`<strong>No upgrade path</strong> from ${p.from} to ${p.to}.`}</p>
<div class="scroll" tabindex="0" role="region" aria-label="${`Upgrade graph from ${p.from} to ${p.to}`}">${svg}</div>
${why.length ? html`<ul>${joinHtml(why, '')}</ul>` : html`<p>The direct upgrade is allowed.</p>`}
</section>`;
  });
  return html`<p class="note">The same graph as <code>upkeep paths</code>: green arrows are the upgrades taken, a red dashed arrow a direct jump that is not one upgrade, with the components that block it (upgrade rules: policy.yaml <code>upgrades</code>).</p>
${joinHtml(sections, '\n')}`;
}

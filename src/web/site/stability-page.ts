/**
 * The stability page: the assessments of `upkeep assess` for the workspace's evidence (which pairs,
 * src/app/site.ts `siteStability`), each with its answer, the verdict of every criterion, the pass
 * rates with their intervals and the benchmark distributions (the charts of the assess page).
 * Without evidence.yaml it says there is nothing yet; when the store cannot be opened, why.
 */
import { wordProblem } from '../../render/problems.js';
import { assessPageModel, renderAssessSection } from '../assess-page.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import type { FramedPage } from './frame.js';
import { stabilityMain } from './slots.js';
import type { SiteContext } from './types.js';

export const STABILITY_STYLES = `
.answer{font-size:1.1rem}
.fail{color:#b71c1c;font-weight:700}
.pass{color:#1b5e20}
.not-enough-data{color:#8a4500}
.assessment{border-top:1px solid #ccc;margin-top:1rem}
figcaption{color:#444;font-size:.85rem}
`;

export function stabilityContent(ctx: SiteContext): FramedPage {
  const slot = ctx.slots?.stability;
  if (slot) return { main: slot };
  const s = ctx.data.stability;
  if (!s || s.kind === 'none') return { main: stabilityMain() };
  if (s.kind === 'unavailable') {
    const words = s.problems.map(wordProblem);
    return {
      main: html`<div class="empty" role="status"><p><strong>The assessments could not be made.</strong> The workspace has evidence (evidence.yaml), but the evidence store could not be read:</p>
<ul>${joinHtml(
        words.map((w) => html`<li>${w.message}<br><span class="note">What to do: ${w.hint}</span></li>`),
        '\n',
      )}</ul>
<p>The other pages do not need the store. <code>upkeep assess</code> gives the same error with its context.</p></div>`,
    };
  }
  const sections: SafeHtml[] = s.assessments.map((x) => {
    const a = x.assessment;
    const model = assessPageModel(a, x.productName);
    const id = `${a.product}-${a.candidate}-${a.baseline}${a.env ? `-${a.env}` : ''}`.replace(/[^A-Za-z0-9_.-]/g, '-');
    return html`<section class="assessment" aria-labelledby="${id}">
<h2 id="${id}">${x.productName} ${a.candidate} against ${a.baseline} (pinned by ${x.baselineRelease})${a.env ? `, ${a.env}` : ''}</h2>
${renderAssessSection(model, a, ctx.document, 3)}
<p class="note">The same with <code>upkeep assess ${a.product} ${a.candidate} --baseline ${a.baseline}${a.env ? ` --env ${a.env}` : ''} --as-of ${a.asOf}</code>.</p>
</section>`;
  });
  const intro = html`<p>For each product with evidence (per environment), each version with evidence is assessed against the version pinned by the latest release that pins one with evidence: is it stable enough to replace it? The criteria are the workspace's stability.yaml; evidence from the ${s.backend === 'pglite' ? 'embedded store (.upkeep/db)' : 'PostgreSQL store'}, evidence.yaml synced first.</p>`;
  const unpaired = s.unpaired.length
    ? html`<h2>Evidence without a pair</h2>\n<ul>${joinHtml(
        s.unpaired.map((u) => html`<li>${u}.</li>`),
        '\n',
      )}</ul>`
    : '';
  const warnings = s.warnings.length
    ? html`<h2>Warnings</h2>\n<ul>${joinHtml(
        s.warnings.map((w) => html`<li>${w}</li>`),
        '\n',
      )}</ul>`
    : '';
  const none = sections.length
    ? ''
    : html`<p class="empty"><strong>No assessments.</strong> The store holds no two versions of a product to compare (see below).</p>`;
  return { main: html`${intro}\n${none}${joinHtml(sections, '\n')}\n${unpaired}\n${warnings}`, styles: STABILITY_STYLES, charts: true };
}

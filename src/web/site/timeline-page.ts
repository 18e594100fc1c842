/**
 * The timeline: each release's life against the phases of the cycles it pins, the as-of date and
 * today marked, and the crossings (a cycle leaving maintenance before the release ends) marked on
 * the chart and listed as sentences under it: the picture that shows the Pacific problem at a glance.
 */
import type { TimelineReleaseView } from '../../core/dashboard/views.js';
import { PHASES } from '../../core/lifecycle/types.js';
import { PHASE_LEGEND } from '../../render/labels.js';
import { crossingText } from '../../render/site-words.js';
import { renderReleaseTimeline, rowLabel } from '../charts/release-timeline.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import type { SiteContext } from './types.js';

function phaseTable(r: TimelineReleaseView): SafeHtml {
  const rows = r.rows.map((row) => {
    const ends = PHASES.map((p) => {
      const span = row.spans.find((s) => s.phase === p);
      return html`<td>${span ? (span.end ?? 'no end announced') : '-'}</td>`;
    });
    return html`<tr><th scope="row">${rowLabel(row)}</th><td>${row.version}</td>${ends}</tr>`;
  });
  const heads = PHASES.map((p) => html`<th scope="col">${PHASE_LEGEND[p]} ends</th>`);
  return html`<details><summary>The timeline of ${r.id} as a table</summary><div class="scroll" tabindex="0" role="region" aria-label="${`Phase ends of ${r.id}`}"><table>
<caption>Phase ends of the cycles ${r.id} pins</caption>
<thead><tr><th scope="col">component · cycle</th><th scope="col">version</th>${heads}</tr></thead>
<tbody>${joinHtml(rows, '\n')}</tbody></table></div></details>`;
}

/** The timeline page's main content. */
export function timelineMain(ctx: SiteContext): SafeHtml {
  const t = ctx.data.timeline;
  const sections = t.releases.map((r) => {
    const crossings = r.crossings.length
      ? html`<ul class="crossings">${joinHtml(
          r.crossings.map((c) => html`<li class="crossing">${crossingText(c)}</li>`),
          '\n',
        )}</ul>`
      : html`<p>No pinned cycle leaves maintenance before ${r.id} ends.</p>`;
    return html`<section aria-labelledby="${`release-${r.id}`}">
<h2 id="${`release-${r.id}`}">${r.id}${r.version ? ` (${r.version})` : ''}: ${r.date} → ${r.end}</h2>
<div class="scroll chart" tabindex="0" role="region" aria-label="${`Timeline chart of ${r.id} (scrolls sideways on a small screen)`}">${renderReleaseTimeline(r, t, ctx.document)}</div>
<p><strong>Crossings of ${r.id}</strong> (a cycle's checked phase ends before the release does):</p>
${crossings}
${phaseTable(r)}
</section>`;
  });
  const today = t.today !== t.asOf ? html` Purple dotted line: today (${t.today}).` : '';
  return html`<p class="note">Bars: each pinned cycle's phases (green maintained, yellow security only, grey extended), as known on ${t.asOf}.
Blue band and lines: the release's life, from its date to its planned end. Red dashed line: the as-of date (${t.asOf}).${today}
A red cross and date: where a cycle leaves maintenance before the release ends.</p>
${joinHtml(sections, '\n')}`;
}

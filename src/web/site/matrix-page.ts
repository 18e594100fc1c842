/**
 * The matrix: release × component, each cell the pinned version and its phase on the as-of date,
 * coloured and written (colour is never the only sign), with a legend and the as-of control: a GET
 * form (`?asOf=`) when served, links to the dates the export wrote when static.
 */
import type { MatrixCell, MatrixView } from '../../core/dashboard/views.js';
import type { PlainDate } from '../../core/dates.js';
import { cycleName, STATE_MEANING, stateLabel } from '../../render/site-words.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import type { SiteContext } from './types.js';

/** The file of the matrix on a date in a static export (`matrix-2023-03-20.html`); the as-of date's is matrix.html too. */
export const matrixFile = (date: PlainDate): string => `matrix-${date}.html`;

function cell(c: MatrixCell | undefined, product: string, release: { id: string; end: string }): SafeHtml {
  if (!c) return html`<td class="cell">not pinned</td>`;
  const cycle = c.cycle ? cycleName(product, c.cycle, c.codename) : undefined;
  const end = c.end
    ? html`<small class="${c.crosses ? 'crosses' : ''}">${c.crosses ? `ends ${c.end}, before ${release.id}'s end ${release.end}` : `ends ${c.end}`}</small>`
    : '';
  return html`<td class="${`cell s-${c.state}`}"><span class="state">${stateLabel(c.state)}</span> <small>${c.version}${cycle ? ` · ${cycle}` : ''}</small>${end}</td>`;
}

function asOfControl(ctx: SiteContext, m: MatrixView): SafeHtml {
  if (ctx.mode === 'served') {
    const dates = (ctx.matrixDates ?? ctx.data.matrixDates).map((d) =>
      d === m.asOf ? html`<li><a href="${`?asOf=${d}`}" aria-current="date">${d}</a> (shown)</li>` : html`<li><a href="${`?asOf=${d}`}">${d}</a></li>`,
    );
    return html`<form class="inline" method="get" action="">
<div><label for="asOf">As of date</label><input type="date" id="asOf" name="asOf" value="${m.asOf}" required></div>
<button type="submit">Show the matrix</button>
</form>
<nav aria-label="As of date"><p>Or the release dates and ends:</p><ul class="dates">${joinHtml(dates, '')}</ul></nav>`;
  }
  const dates = ctx.matrixDates ?? [];
  const links = dates.map((d) =>
    d === m.asOf ? html`<li><a href="${matrixFile(d)}" aria-current="date">${d}</a> (shown)</li>` : html`<li><a href="${matrixFile(d)}">${d}</a></li>`,
  );
  return html`<nav aria-label="As of date"><p>As of another date (this static export holds these; <code>upkeep serve</code> takes any date):</p><ul class="dates">${joinHtml(links, '')}</ul></nav>`;
}

/** The matrix page's main content, for `ctx.matrix` or the as-of date's. */
export function matrixMain(ctx: SiteContext): SafeHtml {
  const m = ctx.matrix ?? ctx.data.matrix;
  const heads = m.releases.map((r) => html`<th scope="col">${r.id}<br><small>${r.date} → ${r.end}</small></th>`);
  const rows = m.rows.map(
    (row) =>
      html`<tr><th scope="row">${row.component}<br><small>${row.product}</small></th>${m.releases.map((r) => cell(row.cells[r.id], row.product, r))}</tr>`,
  );
  const legend = m.states.map(
    (s) => html`<li><span class="${`swatch s-${s}`}" aria-hidden="true"></span><strong>${stateLabel(s)}</strong>: ${STATE_MEANING[s]}</li>`,
  );
  return html`${asOfControl(ctx, m)}
<p class="note">Each default pin's phase on ${m.asOf}. Bold end date: the phase ends before the release does.${m.omitted ? ` ${m.omitted} pins without lifecycle data (no lifecycle, or a commit/digest) are left out.` : ''}</p>
<h2 id="legend">Legend</h2>
<ul class="legend" aria-labelledby="legend">${joinHtml(legend, '')}</ul>
<div class="scroll" tabindex="0" role="region" aria-label="The matrix (scrolls sideways on a small screen)"><table id="matrix">
<caption>Phase of each pinned component on ${m.asOf}, by release</caption>
<thead><tr><th scope="col">component</th>${heads}</tr></thead>
<tbody>${joinHtml(rows, '\n')}</tbody>
</table></div>`;
}

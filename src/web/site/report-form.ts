/**
 * The experience-report form: an operator tells how a version behaved (REPORT_OUTCOMES,
 * REPORT_SEVERITIES of src/core/stability/types.ts) with a reporter token. Served, it posts to
 * `/api/reports`; in a static export it is shown disabled, with where to send reports instead.
 */
import { REPORT_OUTCOMES, REPORT_SEVERITIES } from '../../core/stability/types.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import type { SiteContext } from './types.js';

const options = (values: readonly string[]) =>
  joinHtml(
    values.map((v) => html`<option value="${v}">${v}</option>`),
    '',
  );

/** The report page's main content. */
export function reportMain(ctx: SiteContext): SafeHtml {
  const products = [...new Set(ctx.data.report.pins.flatMap((p) => (p.product ? [p.product] : [])))].sort();
  const named = products.map((id) => html`<option value="${id}">${ctx.data.productName(id) ?? id}</option>`);
  const served = ctx.mode === 'served';
  const intro = served
    ? html`<p class="note">Tell how a version behaved in your environment: an upgrade that went well, a regression, an incident. Reports feed the stability assessment. You need a reporter token (ask the release managers).</p>`
    : html`<p class="empty" id="static-note">This is a static copy of the dashboard: it cannot receive reports, so the form is disabled. Send reports to the team's running dashboard (<code>upkeep serve</code>), which accepts them at <code>/api/reports</code> with a reporter token.</p>`;
  return html`${intro}
<form method="post" action="/api/reports" aria-describedby="${served ? 'report-help' : 'static-note'}">
<fieldset${served ? '' : html` disabled`}><legend>Experience report</legend>
<label for="r-product">Product</label><select id="r-product" name="product" required>${named}</select>
<label for="r-version">Version</label><input id="r-version" name="version" required maxlength="100" placeholder="16.2.11">
<label for="r-env">Environment</label><input id="r-env" name="env" required maxlength="100" placeholder="production">
<label for="r-outcome">Outcome</label><select id="r-outcome" name="outcome" required>${options(REPORT_OUTCOMES)}</select>
<label for="r-severity">Severity</label><select id="r-severity" name="severity" required>${options(REPORT_SEVERITIES)}</select>
<label for="r-text">What happened</label><textarea id="r-text" name="text" rows="5" cols="50" required maxlength="4000"></textarea>
<label for="r-token">Reporter token</label><input id="r-token" name="token" type="password" autocomplete="off" required>
<p id="report-help" class="note">The token identifies you as a reporter; a report without a valid token is refused.</p>
<button type="submit">Send the report</button>
</fieldset>
</form>`;
}

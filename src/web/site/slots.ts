/**
 * The pages whose content other parts of Upkeep provide: stability (the verdicts of `upkeep
 * assess`) and notices (`upkeep notice`, its feed and calendar). Until they are connected, each
 * says plainly that there is nothing yet and how to get it; no data is made up.
 */
import { html, type SafeHtml } from '../html.js';

/** The stability page's main content, without assessments. */
export function stabilityMain(): SafeHtml {
  return html`<p class="empty"><strong>No assessments yet.</strong> This page shows the stability verdicts of each version (tests, monitoring, incidents, experience reports) once evidence is recorded and assessed with <code>upkeep assess</code>.</p>`;
}

/** The notices page's main content, without notices. */
export function noticesMain(): SafeHtml {
  return html`<p class="empty"><strong>No notices yet.</strong> Notices for operators, the public and internal readers, with their Atom feed and iCalendar calendar, appear here once they are generated with <code>upkeep notice</code>.</p>`;
}

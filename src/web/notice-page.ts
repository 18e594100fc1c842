/**
 * The notice as a page: what to do by when, the maintenance-promise table, changed dates and
 * planned upgrades, laid out for the notice's audience. `noticePageModel` gathers the rows and
 * sentences (words from src/render); `renderNoticeSection` is the body a site page embeds;
 * `renderNoticePage` is the whole self-contained page (`upkeep notice --format html`).
 */
import type { NoticeView } from '../core/notice/types.js';
import { SEVERITY_LABEL } from '../render/labels.js';
import { findingLine } from '../render/message.js';
import { actions } from '../render/notice-markdown.js';
import {
  cycleName,
  dueText,
  endAction,
  endSentence,
  maintainerText,
  moveDetail,
  moveSentence,
  noticeTitle,
  releasesText,
  untilText,
  upgradeSentence,
} from '../render/notice-words.js';
import { html, joinHtml, type SafeHtml } from './html.js';
import { renderLayout } from './layout.js';

export interface NoticePageModel {
  readonly title: string;
  readonly audience: NoticeView['audience'];
  readonly releases: string;
  readonly products?: string;
  readonly actions: readonly { readonly by: string; readonly what: string; readonly todo: string; readonly covered: boolean }[];
  readonly promises: readonly { readonly cells: readonly string[]; readonly covers: boolean }[];
  readonly moves: readonly { readonly what: string; readonly detail: string }[];
  readonly upgrades: readonly string[];
  readonly findings: readonly { readonly severity: string; readonly text: string }[];
  /** Links to the feed and the calendar of the same notice, where the page is published beside them. */
  readonly links?: { readonly atom?: string; readonly ics?: string };
}

export function noticePageModel(view: NoticeView, links?: NoticePageModel['links']): NoticePageModel {
  return {
    title: noticeTitle(view),
    audience: view.audience,
    releases: releasesText(view),
    ...(view.products ? { products: view.products.join(', ') } : {}),
    actions:
      view.audience === 'public'
        ? []
        : actions(view).map((e) => ({ by: dueText(e, view.asOf), what: endSentence(e, view.asOf), todo: endAction(e, view.asOf), covered: e.covered })),
    promises: view.promises.map((r) => ({
      cells: [
        r.release,
        r.component,
        r.version,
        cycleName(r),
        maintainerText(r),
        untilText(r),
        r.coversRelease ? 'yes' : 'no',
        [r.note, r.link].filter(Boolean).join(' '),
      ],
      covers: r.coversRelease,
    })),
    moves: view.moves.map((c) => ({ what: moveSentence(c), detail: moveDetail(c) })),
    upgrades: view.upgrades.map(upgradeSentence),
    findings: view.findings.map((f) => ({
      severity: SEVERITY_LABEL[f.severity],
      text: `${f.release} ${f.component} ${f.version} [${f.rule}]: ${findingLine(f, (id) => view.names[id])}`,
    })),
    ...(links ? { links } : {}),
  };
}

const STYLES = `
body { font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 1150px; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
tr.gap td { background: #fff4e5; }
.by { font-weight: bold; white-space: nowrap; }
.note { color: #4a4a4a; }
.table-wrap { overflow-x: auto; }
a { color: #0b57d0; }
`;

/** The notice's sections, for a page of a site (the site's layout around it). */
export function renderNoticeSection(model: NoticePageModel): SafeHtml {
  const list = (items: readonly SafeHtml[], empty: string) => (items.length ? html`<ul>\n${joinHtml(items, '\n')}\n</ul>` : html`<p>${empty}</p>`);
  const links =
    model.links &&
    html`<p class="note">Subscribe: ${model.links.atom ? html`<a href="${model.links.atom}">Atom feed</a>` : ''}${model.links.atom && model.links.ics ? ' · ' : ''}${model.links.ics ? html`<a href="${model.links.ics}">calendar (iCalendar)</a>` : ''}</p>`;
  const head = ['Release', 'Component', 'Version', 'Cycle', 'Maintained by', 'Until', 'Covers the release', 'Note'];
  const promises = model.promises.length
    ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Maintenance promises (scrolls sideways on a small screen)"><table><caption class="note">Who maintains each pinned cycle, what, until when</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>
${joinHtml(
  model.promises.map((r) => html`<tr class="${r.covers ? '' : 'gap'}">${r.cells.map((c) => html`<td>${c}</td>`)}</tr>`),
  '\n',
)}
</tbody></table></div>`
    : html`<p>No pinned component has lifecycle data.</p>`;
  const todo =
    model.audience === 'public'
      ? ''
      : html`<h2>What to do by when</h2>
${list(
  model.actions.map((a) => html`<li><span class="by">${a.by}</span> — ${a.what}. ${a.todo}</li>`),
  'Nothing: every pinned cycle is maintained upstream until its release ends.',
)}`;
  const findings =
    model.audience === 'public'
      ? ''
      : html`<h2>Findings</h2>
${list(
  model.findings.map((f) => html`<li><strong>${f.severity}</strong> ${f.text}</li>`),
  'No findings.',
)}`;
  return html`<p class="note">Releases: ${model.releases}.${model.products ? html` Products: ${model.products}.` : ''}</p>
${links}
${todo}
<h2>Maintenance promises</h2>
${promises}
<h2>Changed dates</h2>
${list(
  model.moves.map((m) => html`<li>${m.what}. <span class="note">${m.detail}</span></li>`),
  'No published end of a pinned cycle has changed.',
)}
<h2>Upgrades in point releases</h2>
${list(
  model.upgrades.map((u) => html`<li>${u}.</li>`),
  'No point release upgrades a pinned component.',
)}
${findings}`;
}

/** The whole page, self-contained, no script. */
export function renderNoticePage(model: NoticePageModel): string {
  return renderLayout({ title: model.title, styles: STYLES, header: html`<h1>${model.title}</h1>`, main: renderNoticeSection(model) });
}

/**
 * The notices page: the notice of `upkeep notice` for the public (the maintenance-promise table,
 * changed dates, planned upgrades), with its Atom feed and iCalendar calendar beside it; the
 * operators' and the internal notice as pages of their own, linked from it. A static export writes
 * each audience's feed and calendar next to the pages (`noticeFeedFiles`); the feeds' entry ids and
 * the calendar's UIDs are stable across runs (src/core/notice/build.ts).
 */
import type { Audience, NoticeView } from '../../core/notice/types.js';
import { renderNoticeAtom } from '../../render/notice-atom.js';
import { renderNoticeIcs } from '../../render/notice-ics.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import { noticePageModel, renderNoticeSection } from '../notice-page.js';
import type { FramedPage } from './frame.js';
import { noticesMain } from './slots.js';
import type { SiteContext } from './types.js';

const AUDIENCE_LABEL: Record<Audience, string> = { public: 'the public', operators: 'operators', internal: 'internal readers' };

/** The base name of an audience's files: `notices` for the public (the page of the navigation), `notices-operators` … */
export function noticeBase(audience: Audience): string {
  return audience === 'public' ? 'notices' : `notices-${audience}`;
}

/**
 * The link to an audience's page, feed or calendar: a path when served (the feeds are
 * `/notices.atom?audience=…`, the server's routes), a file in a static export.
 */
export function noticeHref(ctx: Pick<SiteContext, 'mode'>, audience: Audience, kind: 'html' | 'atom' | 'ics'): string {
  const base = noticeBase(audience);
  if (ctx.mode === 'served') return kind === 'html' ? `/${base}` : `/notices.${kind}${audience === 'public' ? '' : `?audience=${audience}`}`;
  return kind === 'html' ? `${base}.html` : `${base}.${kind}`;
}

export const NOTICE_STYLES = `
.table-wrap{overflow-x:auto}
tr.gap td{background:#fff4e5}
.by{font-weight:700;white-space:nowrap}
.audiences{display:flex;flex-wrap:wrap;gap:.2rem .8rem;list-style:none;padding:0;margin:.3rem 0}
`;

/** The views of the notices (public first), or undefined: the page then says there are none yet. */
function viewOf(ctx: SiteContext, audience: Audience): NoticeView | undefined {
  return ctx.data.notices?.find((v) => v.audience === audience);
}

/** The main content of the notice page of an audience (the public's is the navigation's Notices page). */
export function noticesContent(ctx: SiteContext, audience: Audience = 'public'): FramedPage {
  const slot = audience === 'public' ? ctx.slots?.notices : undefined;
  if (slot) return { main: slot };
  const view = viewOf(ctx, audience);
  if (!view) return { main: noticesMain() };
  const links = { atom: noticeHref(ctx, audience, 'atom'), ics: noticeHref(ctx, audience, 'ics') };
  const others = (ctx.data.notices ?? []).map((v) =>
    v.audience === audience
      ? html`<li><strong aria-current="page">${AUDIENCE_LABEL[v.audience]}</strong></li>`
      : html`<li><a href="${noticeHref(ctx, v.audience, 'html')}">${AUDIENCE_LABEL[v.audience]}</a></li>`,
  );
  const main: SafeHtml = html`<p>The notice for ${AUDIENCE_LABEL[audience]} as <code>upkeep notice --audience ${audience}</code> writes it, as known on ${view.asOf}${
    audience === 'public'
      ? ': what is maintained, by whom, until when'
      : audience === 'operators'
        ? ': what to do by when, and who maintains what'
        : ': everything, with the findings behind it'
  }.</p>
${others.length > 1 ? html`<nav aria-label="Notices by audience"><ul class="audiences">${joinHtml(others, '')}</ul></nav>\n` : ''}${renderNoticeSection(noticePageModel(view, links))}`;
  return {
    main,
    styles: NOTICE_STYLES,
    alternates: [
      { type: 'application/atom+xml', href: links.atom, title: `Notices for ${AUDIENCE_LABEL[audience]} (Atom)` },
      { type: 'text/calendar', href: links.ics, title: `Maintenance calendar for ${AUDIENCE_LABEL[audience]} (iCalendar)` },
    ],
  };
}

/** The feed and the calendar of each notice, as files of a static export (the server serves the same at `/notices.atom` …). */
export function noticeFeedFiles(views: readonly NoticeView[]): { path: string; content: string }[] {
  return views.flatMap((v) => [
    { path: `${noticeBase(v.audience)}.atom`, content: renderNoticeAtom(v) },
    { path: `${noticeBase(v.audience)}.ics`, content: renderNoticeIcs(v) },
  ]);
}

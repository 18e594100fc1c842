import type { NoticeView } from '../core/notice/types.js';
import { NOTICE_TEXT_FORMATS, type NoticeContext } from '../render/notice-formats.js';
import type { Renderer } from '../render/renderer.js';

export type { NoticeContext };

/** The notice as a page on the page layout (strict Content-Security-Policy, no script). */
const noticeHtml: Renderer<NoticeView, NoticeContext> = {
  id: 'html',
  description: 'a self-contained page on the page layout',
  mediaType: 'text/html; charset=utf-8',
  extension: '.html',
  render: async (view, c) => {
    const { noticePageModel, renderNoticePage } = await import('./notice-page.js');
    // published beside its feed and calendar (--base-url): link to them
    const links = c.baseUrl
      ? { atom: new URL(`notices-${view.audience}.atom`, c.baseUrl).toString(), ics: new URL(`notices-${view.audience}.ics`, c.baseUrl).toString() }
      : undefined;
    return renderNoticePage(noticePageModel(view, links));
  },
};

/** The formats of `upkeep notice` (and the site's notice files), the default first. */
export const NOTICE_FORMATS: readonly Renderer<NoticeView, NoticeContext>[] = [
  NOTICE_TEXT_FORMATS[0] as Renderer<NoticeView, NoticeContext>,
  noticeHtml,
  ...NOTICE_TEXT_FORMATS.slice(1),
];

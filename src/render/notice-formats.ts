import type { NoticeView } from '../core/notice/types.js';
import type { Renderer } from './renderer.js';

/** What a notice's renderer needs besides the view. */
export interface NoticeContext {
  /** Where the notices are published; feed entries and the calendar link there. */
  readonly baseUrl?: string;
}

/**
 * The text formats of `upkeep notice`, the default first. The HTML page is in src/web/notice-formats.ts
 * (the list the CLI and the site use: these plus `html`). One entry a format; its code loads when used.
 */
export const NOTICE_TEXT_FORMATS: readonly Renderer<NoticeView, NoticeContext>[] = [
  {
    id: 'markdown',
    description: 'Markdown for a wiki, a mailing list or a release note, laid out for the audience',
    mediaType: 'text/markdown; charset=utf-8',
    extension: '.md',
    render: async (view) => (await import('./notice-markdown.js')).renderNoticeMarkdown(view),
  },
  {
    id: 'atom',
    description: 'an Atom feed with stable entry ids: a reader shows only what is new',
    mediaType: 'application/atom+xml',
    extension: '.atom',
    render: async (view, c) => (await import('./notice-atom.js')).renderNoticeAtom(view, c.baseUrl ? { baseUrl: c.baseUrl } : {}),
  },
  {
    id: 'ics',
    description: 'an iCalendar: an event per end of maintenance and per planned upgrade, with alarms',
    mediaType: 'text/calendar; charset=utf-8',
    extension: '.ics',
    render: async (view, c) => (await import('./notice-ics.js')).renderNoticeIcs(view, c.baseUrl ? { baseUrl: c.baseUrl } : {}),
  },
  {
    id: 'json',
    description: 'the notice as data (schema upkeep.notice/v1)',
    mediaType: 'application/json',
    extension: '.json',
    render: async (view) => (await import('./notice-json.js')).renderNoticeJson(view),
  },
];

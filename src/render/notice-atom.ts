import { Feed } from 'feed';
import type { PlainDate } from '../core/dates.js';
import type { NoticeView } from '../core/notice/types.js';
import { entryText, noticeTitle } from './notice-words.js';

/** Midnight UTC of a calendar date: the feed's times come from the data's dates, never the clock. */
const utc = (d: PlainDate) => new Date(`${d}T00:00:00Z`);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The feed's own id: the workspace, the audience and the selection (not the date), so a reader keeps one subscription. */
export function feedId(view: NoticeView): string {
  const part = (s: string) => encodeURIComponent(s);
  const selection = [view.products?.length ? `products=${view.products.map(part).join(',')}` : ''].filter(Boolean);
  return `urn:upkeep:${part(view.workspace)}:notice:${view.audience}${selection.length ? `:${selection.join(':')}` : ''}`;
}

export interface AtomOptions {
  /** Where the notices are published (`https://example.org/upkeep/`): entries link there; else to their id. */
  readonly baseUrl?: string;
}

/**
 * The notice as an Atom feed (RFC 4287, by the `feed` package). Entry ids are made from what an
 * entry says (src/core/notice/build.ts), `updated` from the date it became known: a feed reader
 * shows an entry once, and again only when what it says changes.
 */
export function renderNoticeAtom(view: NoticeView, options: AtomOptions = {}): string {
  const latest = view.feed.reduce<PlainDate | undefined>((a, e) => (!a || e.updated > a ? e.updated : a), undefined);
  const fallback = view.releases.reduce<PlainDate>((a, r) => (r.date > a ? r.date : a), view.releases[0]?.date ?? view.asOf);
  const feed = new Feed({
    id: feedId(view),
    title: noticeTitle(view).replace(/, as of .*$/, ''),
    description: `Ends of upstream maintenance, who takes over, changed dates and planned upgrades of ${view.releases.map((r) => r.id).join(', ')}`,
    updated: utc(latest ?? fallback),
    generator: 'Upkeep',
    ...(options.baseUrl ? { link: options.baseUrl, feedLinks: { atom: new URL(`notices-${view.audience}.atom`, options.baseUrl).toString() } } : {}),
  });
  for (const entry of view.feed) {
    const { title, text } = entryText(entry, view);
    feed.addItem({
      id: entry.id,
      title: escapeHtml(title),
      link: options.baseUrl ? new URL(`notices-${view.audience}.html#${encodeURIComponent(entry.id)}`, options.baseUrl).toString() : entry.id,
      date: utc(entry.updated),
      ...(text ? { description: escapeHtml(text) } : {}),
      category: [{ term: entry.item.kind }],
    });
  }
  return `${feed.atom1()}\n`;
}

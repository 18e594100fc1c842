import ical, { ICalAlarmType } from 'ical-generator';
import type { PlainDate } from '../core/dates.js';
import type { CalendarEvent, NoticeView } from '../core/notice/types.js';
import { PHASE_WORD } from './labels.js';
import { cycleName, endAction, noticeTitle, upgradeSentence } from './notice-words.js';

/** A calendar date as a Date at UTC midnight (all-day events are written as dates, in UTC). */
const utc = (d: PlainDate) => new Date(`${d}T00:00:00Z`);
const DAY = 24 * 60 * 60;

function summaryOf(e: CalendarEvent): string {
  const item = e.item;
  if (item.kind === 'upgrade') return `${item.release}: upgrade ${item.upgrades.map((u) => `${u.component} to ${u.toVersion}`).join(', ')}`;
  const first = item.ends[0];
  return first ? `${cycleName(first)}: end of upstream ${PHASE_WORD[first.phase]}` : 'end of upstream maintenance';
}

function descriptionOf(e: CalendarEvent, view: NoticeView): string {
  const item = e.item;
  if (item.kind === 'upgrade') return item.upgrades.map((u) => `${upgradeSentence(u)}.`).join('\n');
  return item.ends
    .map(
      (end) =>
        `${end.release} pins ${end.component} ${end.version} (release ends ${end.releaseEnd}). ${end.beforeReleaseEnd ? endAction(end, view.asOf) : `Maintained past ${end.release}'s end.`}`,
    )
    .join('\n');
}

/** When the event's content was last known to change: its dates' evidence, never the clock. */
function stampOf(e: CalendarEvent): PlainDate {
  const item = e.item;
  if (item.kind === 'upgrade') return item.upgrades[0]?.date ?? e.date;
  return item.ends.reduce<PlainDate>((a, end) => (end.knownSince > a ? end.knownSince : a), item.ends[0]?.knownSince ?? e.date);
}

export interface IcsOptions {
  readonly baseUrl?: string;
}

/**
 * The notice as one iCalendar (RFC 5545, by `ical-generator`): an all-day event per end of
 * upstream maintenance of a pinned cycle and per planned point release, for the products chosen.
 * UIDs name the cycle and phase (or the release), not the date: when an end moves, subscribed
 * calendars move the event. Alarms 30 and 7 days before.
 */
export function renderNoticeIcs(view: NoticeView, options: IcsOptions = {}): string {
  const cal = ical({
    name: noticeTitle(view).replace(/, as of .*$/, ''),
    prodId: { company: 'upkeep', product: 'notice', language: 'EN' },
    ...(options.baseUrl ? { url: options.baseUrl } : {}),
  });
  for (const e of view.events) {
    const day = utc(e.date);
    cal.createEvent({
      id: e.uid,
      start: day,
      allDay: true,
      stamp: utc(stampOf(e)),
      summary: summaryOf(e),
      description: descriptionOf(e, view),
      categories: [{ name: e.item.kind === 'end' ? 'end of maintenance' : 'planned upgrade' }],
      alarms: [
        { type: ICalAlarmType.display, trigger: 30 * DAY, description: `${summaryOf(e)} in 30 days` },
        { type: ICalAlarmType.display, trigger: 7 * DAY, description: `${summaryOf(e)} in 7 days` },
      ],
    });
  }
  return cal.toString();
}

import type { Commitment } from '../core/commitments/types.js';
import type { PlainDate } from '../core/dates.js';
import type { Audience, EndChange, FeedEntry, MaintenanceEnd, NoticeView, PlannedUpgrade, PromiseRow } from '../core/notice/types.js';
import { PHASE_WORD } from './labels.js';
import { findingLine } from './message.js';

/** The sentences of a notice, shared by its formats (Markdown, HTML, Atom, iCalendar). Facts come from src/core/notice. */

export const AUDIENCE_TITLE: Readonly<Record<Audience, string>> = {
  internal: 'internal notice (release team)',
  operators: 'notice for operators',
  public: 'maintenance promise',
};

/** "Ceph Pacific", "OpenStack zed", "Open vSwitch 3.0". */
export function cycleName(c: { readonly productName: string; readonly cycle: string; readonly codename?: string | undefined }): string {
  return `${c.productName} ${c.codename ?? c.cycle}`;
}

export function noticeTitle(view: NoticeView): string {
  return `${view.workspace} ${AUDIENCE_TITLE[view.audience]}, as of ${view.asOf}`;
}

/** "R4 (5.0.0, 2023-03-22 → 2023-11-05)". */
export function releasesText(view: NoticeView): string {
  return view.releases.map((r) => `${r.id} (${r.version ? `${r.version}, ` : ''}${r.date} → ${r.end})`).join(', ');
}

/** "community security backports", "bug-fix support by Example GmbH", "upstream (bug fixes)". */
export function maintainerText(row: Pick<PromiseRow, 'by' | 'partner' | 'scope'> | Commitment): string {
  const scope = row.scope === 'security' ? 'security fixes' : 'bug fixes';
  if (row.by === 'upstream') return `upstream (${scope})`;
  if (row.by === 'community') return `community ${row.scope === 'security' ? 'security' : 'bug-fix'} backports`;
  return `${row.partner ?? 'a partner'} (commercial, ${scope})`;
}

export function untilText(row: Pick<PromiseRow, 'until' | 'open'>): string {
  return row.until ?? (row.open ? 'no end announced' : 'unknown');
}

/** "Ceph Pacific: upstream maintenance ends on 2023-06-01, 157 days before R4 ends (2023-11-05)". */
export function endSentence(e: MaintenanceEnd, asOf: PlainDate): string {
  const phase = PHASE_WORD[e.phase];
  const when = !e.end ? `upstream ${phase} is over (no end date published)` : `upstream ${phase} ${e.end <= asOf ? 'ended' : 'ends'} on ${e.end}`;
  return `${cycleName(e)} (${e.component} ${e.version}) in ${e.release}: ${when}${e.beforeReleaseEnd ? `, before ${e.release} ends on ${e.releaseEnd}` : ''}`;
}

/** "by 2023-10-01", or "overdue since 2023-05-31" for an end already passed. */
export function dueText(e: MaintenanceEnd, asOf: PlainDate): string {
  if (e.end && e.end > asOf) return `by ${e.end}`;
  return e.end ? `overdue since ${e.end}` : 'overdue';
}

/** What operators do about an end, and by when. */
export function endAction(e: MaintenanceEnd, asOf: PlainDate): string {
  const by = e.end && e.end > asOf ? `by ${e.end}` : 'now';
  const parts: string[] = [];
  if (e.commitment)
    parts.push(
      e.covered
        ? `${capital(maintainerText(e.commitment))} cover it until ${e.commitment.until}${e.commitment.link ? ` (${e.commitment.link})` : ''}: apply the backported fixes as they are released`
        : `${capital(maintainerText(e.commitment))} cover it only until ${e.commitment.until}`,
    );
  if (e.upgradeIn) parts.push(`upgrade to ${e.component} ${e.upgradeIn.version} with ${e.upgradeIn.release} (${e.upgradeIn.date}), ${by}`);
  else if (e.plan)
    parts.push(
      `the plan for the next point release of ${e.release} upgrades it to ${e.plan.version}${e.plan.codename ? ` (${e.plan.codename})` : ''}${e.covered ? '' : `: upgrade ${by}`}`,
    );
  if (!parts.length) parts.push(`no upgrade is planned yet: from ${e.end ?? 'now'} it runs without upstream fixes`);
  return `${capital(parts.join('; '))}.`;
}

/** "Ceph Pacific's end of maintenance moved from 2023-06-01 to 2023-10-01". */
export function moveSentence(c: EndChange): string {
  const phase = PHASE_WORD[c.phase];
  return c.basis === 'actual'
    ? `${cycleName(c)}'s ${phase} actually ended on ${c.to} (announced: ${c.from})`
    : `${cycleName(c)}'s end of ${phase} moved from ${c.from} to ${c.to}`;
}

export function moveDetail(c: EndChange): string {
  return `Recorded ${c.recorded}${c.source ? ` (${c.source})` : ''}; pinned by ${c.releases.join(', ')}.`;
}

/** "R4.1 (2023-04-18) upgrades Open vSwitch from 3.0.1 to 3.1.1". */
export function upgradeSentence(u: PlannedUpgrade): string {
  const cycles = u.fromCycle && u.toCycle && u.fromCycle !== u.toCycle ? ` (${u.fromCycle} → ${u.toCycle})` : '';
  return `${u.release} (${u.date}) upgrades ${u.productName} (${u.component}) from ${u.fromVersion} to ${u.toVersion}${cycles}`;
}

/** "R4: community security backports for Ceph Pacific until 2023-11-05". */
export function promiseSentence(row: PromiseRow): string {
  return `${row.release}: ${maintainerText(row)} for ${cycleName(row)} until ${untilText(row)}${row.coversRelease ? ` (covers ${row.release})` : ''}`;
}

/** The title and text of a feed entry. */
export function entryText(entry: FeedEntry, view: NoticeView): { title: string; text: string } {
  const item = entry.item;
  switch (item.kind) {
    case 'end':
      return { title: endSentence(item.end, view.asOf), text: endAction(item.end, view.asOf) };
    case 'moved':
      return { title: moveSentence(item.change), text: moveDetail(item.change) };
    case 'upgrade':
      return { title: upgradeSentence(item.upgrade), text: `Planned in releases/${item.upgrade.release}.yaml.` };
    case 'commitment':
      return { title: promiseSentence(item.row), text: item.row.note ?? item.row.link ?? '' };
    case 'finding':
      return {
        title: `${item.finding.severity}: ${item.finding.release} ${item.finding.component} ${item.finding.rule}`,
        text: findingLine(item.finding, (id) => view.names[id]),
      };
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

import type { Finding } from '../core/check/finding.js';
import type { Commitment } from '../core/commitments/types.js';
import type { PlainDate } from '../core/dates.js';
import type { ResolvedEnd } from '../core/lifecycle/phases.js';
import { getScheme } from '../core/versions/registry.js';
import { aOrAn } from '../core/words.js';
import { PHASE_WORD } from './labels.js';

/** The sentence for a finding, for release managers and CI logs. Facts come from the core. */

export type ProductNames = (id: string) => string | undefined;

function subject(f: Finding, names: ProductNames): string {
  const product = f.product ? (names(f.product) ?? f.product) : f.component;
  const cycle = f.cycle ? ` ${f.cycle}${f.codename && f.codename.toLowerCase() !== f.cycle.toLowerCase() ? ` (${f.codename})` : ''}` : '';
  const alt = f.alternative ? ' [alternative]' : '';
  return `${product}${cycle}${alt}`;
}

/** "2023-06-01 (announced)", "2024-03-04 (actual; announced 2023-10-01, 155 days later)". */
export function endText(end: ResolvedEnd): string {
  if (!end.date) return end.ended ? 'an unpublished date (already over)' : end.open ? 'no end announced' : 'no published date';
  let s = `${end.date} (${end.basis}`;
  if (end.basis === 'actual' && typeof end.announced === 'string' && end.differenceDays)
    s += `; announced ${end.announced}, ${Math.abs(end.differenceDays)} days ${end.differenceDays > 0 ? 'later' : 'earlier'}`;
  const after = end.pointsAfter;
  if (after)
    s += `; yet ${after.count} point release${after.count === 1 ? '' : 's'} came after it, the latest ${after.latest.version} of ${after.latest.date}: the end may not be final`;
  return `${s})`;
}

function days(n: number): string {
  return `${n} day${Math.abs(n) === 1 ? '' : 's'}`;
}

export function findingMessage(f: Finding, names: ProductNames): string {
  const who = subject(f, names);
  switch (f.rule) {
    case 'ended':
      return (
        (f.end.date
          ? `${who} left upstream ${PHASE_WORD[f.phase]} on ${endText(f.end)}, ${days(f.daysBeforeReleaseEnd)} before ${f.release}'s planned end ${f.releaseEnd}`
          : `${who} is out of upstream ${PHASE_WORD[f.phase]} (no end date published), before ${f.release}'s planned end ${f.releaseEnd}`) + takeoverText(f)
      );
    case 'horizon':
      return `${who} leaves upstream ${PHASE_WORD[f.phase]} on ${endText(f.end)}, ${days(f.daysBeforeReleaseEnd)} before ${f.release}'s planned end ${f.releaseEnd}${f.marginDays ? ` (margin ${days(f.marginDays)})` : ''}${takeoverText(f)}`;
    case 'horizon-close':
      return `${who} ${(f.daysLeft ?? 0) < 0 ? 'left' : 'leaves'} upstream ${PHASE_WORD[f.phase]} on ${endText(f.end)}, only ${days(f.daysAfterReleaseEnd)} after ${f.release}'s planned end ${f.releaseEnd}`;
    case 'end-moved':
      return `${who}: upstream ${PHASE_WORD[f.phase]} ${(f.daysLeft ?? 0) < 0 ? 'ended' : 'ends'} on ${endText(f.end)}, ${days(Math.abs(f.movedDays))} ${f.movedDays > 0 ? 'later' : 'earlier'} than published when ${f.release} was released on ${f.releaseDate} (${f.atRelease.date})`;
    case 'unknown-end':
      return f.open
        ? `${who}: no end of upstream ${PHASE_WORD[f.phase]} is announced yet (it goes on; check again when one is)`
        : `${who}: no end of upstream ${PHASE_WORD[f.phase]} is published`;
    case 'maturity-age':
      return `${who} was ${days(f.ageDays)} old at ${f.release}'s release on ${f.releaseDate} (first stable release ${f.firstRelease}); the policy asks for ${days(f.minAgeDays)}`;
    case 'maturity-point-releases':
      return `${who} had ${f.pointReleases} stable point release${f.pointReleases === 1 ? '' : 's'} by ${f.release}'s release on ${f.releaseDate}; the policy asks for ${f.minPointReleases}`;
    case 'not-stable-enough':
      return `${who}: ${f.version} is ${f.verdict === 'not-assessed' ? 'not assessed' : f.verdict === 'not-yet' ? 'not yet stable enough' : 'without enough evidence to say it is stable enough'} against the version in use (upkeep assess); the policy requires "stable enough" for ${f.product}`;
    case 'maturity-first-point-release':
      return `${who}: ${f.version} is the first point release of its cycle; the policy avoids first point releases`;
    case 'compatibility': {
      const because = Object.entries(f.because)
        .map(([k, v]) => `${k} ${v}`)
        .join(' and ');
      const want = f.requires.join(' or ');
      return f.missing
        ? `rule "${f.ruleId}": ${because} requires ${f.component} ${want}, but ${f.release} pins no ${f.component}${f.reason ? ` (${f.reason})` : ''}`
        : `rule "${f.ruleId}": ${because} requires ${f.component} ${want}, but ${f.release} pins ${f.version}${f.reason ? ` (${f.reason})` : ''}`;
    }
    case 'unversioned':
      return `${f.component} is pinned to "${f.version.length > 12 ? `${f.version.slice(0, 12)}…` : f.version}", not a version: its maintenance cannot be judged (pin a release to check it)`;
    case 'no-lifecycle':
      return f.missingProduct
        ? `${f.component} ${f.version}: product "${f.missingProduct}" has no lifecycle in products/, so this pin is not judged; import its lifecycle (docs/workspace.md)`
        : `${f.component} ${f.version}: no lifecycle known for this component`;
    case 'unknown-cycle':
      return f.knownCycles.length === 0
        ? `${who}: no cycle of this product was known on that date (its lifecycle data starts later), so ${f.version} cannot be judged`
        : `${who}: version ${f.version} belongs to no known cycle (known: ${f.knownCycles.slice(0, 8).join(', ')}${f.knownCycles.length > 8 ? ', …' : ''})`;
    case 'bad-version':
      return `${who}: "${f.version}" is not ${aOrAn(getScheme(f.scheme)?.displayName ?? f.scheme)} version and names no cycle${f.knownCycles.length ? ` (cycles: ${f.knownCycles.slice(0, 8).join(', ')}${f.knownCycles.length > 8 ? ', …' : ''})` : ''}: correct the pin, or set the component's \`scheme\` in upkeep.yaml`;
    case 'unstable':
      return `${who}: ${f.version} is a release candidate or development version, not a stable release`;
    case 'unknown-version':
      return `${who}: ${f.version} is not a point release published by then${f.latestKnown ? ` (latest: ${f.latestKnown.version} of ${f.latestKnown.date})` : ''}; check the pin`;
    case 'cycle-future':
      return `${who} is released only on ${f.released}, after ${f.release}'s release date`;
    case 'commitment-expired':
      return `${who}: ${commitmentText(f.commitment)} ended on ${f.commitment.until}, before ${f.release}'s planned end; nobody promises its maintenance since (renew the commitment or plan an upgrade)`;
    case 'waiver-expired':
      return `${who}: the waiver of "${f.waiver.rule}" (${f.waiver.owner}: ${f.waiver.reason}) expired on ${f.waiver.expires}; the finding counts again`;
    case 'data-age':
      return `lifecycle data as of ${f.dataDate} is ${days(f.ageDays)} old on the as-of date; the policy allows ${days(f.maxDays)} (max_data_age_days)${f.basis === 'sync' && f.oldest.length ? `: the source of ${f.oldest.slice(0, 5).join(', ')}${f.oldest.length > 5 ? ', …' : ''} last answered then` : ': no sync recorded since the import'}; run \`upkeep sync\` (or import a newer bundle)`;
  }
}

/** "community security backports (link)", "security fixes by partner Example GmbH". */
export function commitmentText(c: Commitment): string {
  const what = c.scope === 'security' ? 'security' : 'bug-fix';
  const by =
    c.by === 'community'
      ? `community ${what} backports`
      : c.by === 'partner'
        ? `${what} support by ${c.partner ?? 'a partner'}`
        : `upstream ${what} maintenance`;
  return c.link ? `${by} (${c.link})` : by;
}

/** What a horizon finding adds when a commitment takes over after upstream. */
function takeoverText(f: {
  readonly commitment?: Commitment | undefined;
  readonly covered?: boolean | undefined;
  readonly coveredUntil?: PlainDate | undefined;
}): string {
  if (!f.commitment) return '';
  const then = f.coveredUntil ? ` and the commitments after it` : '';
  const until = f.coveredUntil ?? f.commitment.until;
  return f.covered
    ? `; covered by ${commitmentText(f.commitment)}${then} until ${until}`
    : `; ${commitmentText(f.commitment)}${then} promised only until ${until}`;
}

/** The sentence of a finding with what a live waiver says of it. */
export function findingLine(f: Finding, names: ProductNames): string {
  const m = findingMessage(f, names);
  return f.waived ? `${m} — waived until ${f.waived.expires} by ${f.waived.owner}: ${f.waived.reason}` : m;
}

import type { MaintenanceEnd, NoticeView, PromiseRow } from '../core/notice/types.js';
import { evidenceText } from './evidence.js';
import { SEVERITY_LABEL } from './labels.js';
import { findingLine } from './message.js';
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
} from './notice-words.js';

/** A Markdown table cell: pipes escaped, line breaks folded. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** What must be done by when: the ends of upstream maintenance before a release's end, soonest first. */
export function actions(view: NoticeView): MaintenanceEnd[] {
  return view.ends
    .filter((e) => e.beforeReleaseEnd)
    .sort((a, b) => ((a.end ?? '') < (b.end ?? '') ? -1 : (a.end ?? '') > (b.end ?? '') ? 1 : a.release.localeCompare(b.release)));
}

function promiseTable(rows: readonly PromiseRow[]): string[] {
  return table(
    ['Release', 'Component', 'Version', 'Cycle', 'Maintained by', 'Until', 'Covers the release', 'Note'],
    rows.map((r) => [
      r.release,
      r.component,
      r.version,
      cycleName(r),
      maintainerText(r),
      untilText(r),
      r.coversRelease ? 'yes' : 'no',
      [r.note, r.link].filter(Boolean).join(' '),
    ]),
  );
}

function section(title: string, body: readonly string[], empty: string): string[] {
  return ['', `## ${title}`, '', ...(body.length ? body : [empty])];
}

/** The notice in Markdown, laid out for its audience. */
export function renderNoticeMarkdown(view: NoticeView): string {
  const out: string[] = [`# ${noticeTitle(view)}`, '', `Releases: ${releasesText(view)}.`];
  if (view.products) out.push('', `Products: ${view.products.join(', ')}.`);
  const todo = actions(view).map((e) => `- **${dueText(e, view.asOf)}** — ${endSentence(e, view.asOf)}. ${endAction(e, view.asOf)}`);
  const moves = view.moves.map((c) => `- ${moveSentence(c)}. ${moveDetail(c)}`);
  const upgrades = view.upgrades.map((u) => `- ${upgradeSentence(u)}.`);
  if (view.audience === 'public') {
    out.push(
      '',
      'What is maintained, by whom, until when: upstream projects maintain the versions a release pins until the end of their cycle; where that comes before the release ends, the community or a partner may take over.',
    );
    out.push(...section('Maintenance promises', promiseTable(view.promises), 'No pinned component has lifecycle data.'));
    out.push(...section('Changed dates', moves, 'No published end of a pinned cycle has changed.'));
    out.push(...section('Upgrades in point releases', upgrades, 'No point release upgrades a pinned component.'));
    return `${out.join('\n')}\n`;
  }
  out.push(...section('What to do by when', todo, 'Nothing: every pinned cycle is maintained upstream until its release ends.'));
  out.push(...section('Upgrades in point releases', upgrades, 'No point release upgrades a pinned component.'));
  out.push(...section('Changed dates', moves, 'No published end of a pinned cycle has changed.'));
  const findings = view.findings.map(
    (f) =>
      `- ${SEVERITY_LABEL[f.severity]} ${f.release} ${f.component} ${f.version} [${f.rule}]: ${findingLine(f, (id) => view.names[id])}${
        view.audience === 'internal' && f.evidence ? ` — evidence: ${evidenceText(f.evidence)}` : ''
      }`,
  );
  out.push(...section(view.audience === 'internal' ? 'Findings, with their evidence' : 'Findings (errors and warnings)', findings, 'No findings.'));
  out.push(...section('Maintenance promises', promiseTable(view.promises), 'No pinned component has lifecycle data.'));
  if (view.audience === 'internal') {
    const ends = table(
      ['Release', 'Component', 'Version', 'Cycle', 'Upstream end', 'Basis', 'Known since', 'Source'],
      view.ends.map((e) => [e.release, e.component, e.version, cycleName(e), e.end ?? 'over', e.basis, e.knownSince, e.source ?? '']),
    );
    out.push(...section('Ends of upstream maintenance (every pinned cycle)', ends, 'No pinned cycle has a published end.'));
    const waivers = view.waivers.map((w) => `- ${w.release} ${w.component} [${w.rule}]: ${w.reason} (${w.owner}, until ${w.expires})`);
    out.push(...section('Waivers', waivers, 'No finding is waived.'));
    const verdicts = view.verdicts.map((v) => `- ${v.product} ${v.version}: ${v.verdict}`);
    out.push(...section('Stability verdicts', verdicts, 'No verdicts yet.'));
  }
  return `${out.join('\n')}\n`;
}

import type { CheckReport } from '../core/check/check.js';
import { countPins, isJudged } from '../core/check/coverage.js';
import { severityAtLeast } from '../core/check/finding.js';
import type { Severity } from '../core/policy/types.js';
import { dataNotes } from './data-notes.js';
import { findingLine, type ProductNames } from './message.js';
import { pinCountsText, unjudgedReason } from './pin-counts.js';

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * JUnit XML: a suite per release, a test case per pin; findings at or above fail-on are failures;
 * a pin the check could not judge (no lifecycle, unversioned) is skipped, with the reason.
 */
export function renderJunit(report: CheckReport, names: ProductNames, failOn: Severity | 'never'): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="upkeep check as of ${report.asOf}">`];
  const notes = dataNotes(report);
  if (notes.length) out.push('  <properties>', ...notes.map((n) => `    <property name="note" value="${xml(n)}"/>`), '  </properties>');
  for (const release of report.releases) {
    const pins = report.pins.filter((p) => p.release.id === release.id);
    const cases: string[] = [];
    let failures = 0;
    let skipped = 0;
    for (const p of pins) {
      const name = `${p.pin.component} ${p.pin.version}${p.alternative ? ' (alternative)' : ''}`;
      const fs = report.findings.filter(
        (f) => f.release === release.id && f.component === p.pin.component && f.version === p.pin.version && f.alternative === p.alternative,
      );
      const failing = fs.filter((f) => !f.waived && failOn !== 'never' && severityAtLeast(f.severity, failOn));
      if (failing.length) failures++;
      const skip = failing.length === 0 && !isJudged(p);
      if (skip) skipped++;
      const body = [
        ...failing.map((f) => `      <failure type="${f.rule}" message="${xml(findingLine(f, names))}"/>`),
        ...(skip ? [`      <skipped message="${xml(`not judged: ${unjudgedReason(p)}`)}"/>`] : []),
        ...(fs.length > failing.length
          ? [
              `      <system-out>${xml(
                fs
                  .filter((f) => !failing.includes(f))
                  .map((f) => `${f.severity}: ${findingLine(f, names)}`)
                  .join('\n'),
              )}</system-out>`,
            ]
          : []),
      ];
      cases.push(
        body.length
          ? `    <testcase classname="${xml(release.id)}" name="${xml(name)}">\n${body.join('\n')}\n    </testcase>`
          : `    <testcase classname="${xml(release.id)}" name="${xml(name)}"/>`,
      );
    }
    // findings about components the release does not pin (a compatibility rule's missing requirement)
    const unmatched = report.findings.filter(
      (f) => f.release === release.id && !pins.some((p) => p.pin.component === f.component && p.pin.version === f.version && p.alternative === f.alternative),
    );
    for (const f of unmatched) {
      const failing = !f.waived && failOn !== 'never' && severityAtLeast(f.severity, failOn);
      if (failing) failures++;
      const name = `${f.component} (not pinned)`;
      cases.push(
        failing
          ? `    <testcase classname="${xml(release.id)}" name="${xml(name)}">\n      <failure type="${f.rule}" message="${xml(findingLine(f, names))}"/>\n    </testcase>`
          : `    <testcase classname="${xml(release.id)}" name="${xml(name)}">\n      <system-out>${xml(`${f.severity}: ${findingLine(f, names)}`)}</system-out>\n    </testcase>`,
      );
    }
    out.push(
      `  <testsuite name="${xml(release.id)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">`,
      `    <properties><property name="pins" value="${xml(pinCountsText(countPins(pins)))}"/></properties>`,
      ...cases,
      '  </testsuite>',
    );
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

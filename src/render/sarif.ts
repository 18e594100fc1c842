import type { CheckReport } from '../core/check/check.js';
import { FINDING_RULES } from '../core/check/finding.js';
import { dataNotes } from './data-notes.js';
import { evidenceJson, evidenceLocations } from './evidence.js';
import { findingMessage, type ProductNames } from './message.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning views in CI: one result a finding, located at its pin. */
export function renderSarif(report: CheckReport, names: ProductNames): string {
  const notes = dataNotes(report);
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'upkeep',
            informationUri: 'https://github.com/SovereignCloudStack',
            rules: FINDING_RULES.map((id) => ({ id, shortDescription: { text: `upkeep policy rule ${id} (docs/policy.md)` } })),
          },
        },
        // how many pins the results cover: a run with no results over 27 of 109 pins is not clean
        properties: { asOf: report.asOf, workspace: report.workspace, pins: report.counts },
        ...(notes.length
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notes.map((text) => ({ level: 'note', message: { text } })) }] }
          : {}),
        results: report.findings.map((f) => {
          // where the date comes from: the cycle in the lifecycle file, the history entry
          const related = evidenceLocations(f.evidence);
          return {
            ruleId: f.rule,
            level: LEVEL[f.severity],
            message: { text: findingMessage(f, names) },
            ...(f.at?.file
              ? { locations: [{ physicalLocation: { artifactLocation: { uri: f.at.file }, ...(f.at.line ? { region: { startLine: f.at.line } } : {}) } }] }
              : {}),
            ...(related.length ? { relatedLocations: related } : {}),
            // a live waiver of commitments.yaml: an accepted finding, as SARIF says it
            ...(f.waived
              ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.waived.reason} (${f.waived.owner}, until ${f.waived.expires})` }] }
              : {}),
            properties: {
              release: f.release,
              component: f.component,
              version: f.version,
              cycle: f.cycle ?? null,
              date: f.date ?? null,
              evidence: evidenceJson(f.evidence),
            },
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

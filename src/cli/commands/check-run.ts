import { check, type CheckReport } from '../../core/check/check.js';
import { severityAtLeast } from '../../core/check/finding.js';
import type { PlainDate } from '../../core/dates.js';
import type { Severity } from '../../core/policy/types.js';
import type { Workspace } from '../../core/workspace.js';
import { renderJson } from '../../formats/report/json.js';
import { renderJunit } from '../../formats/report/junit.js';
import type { ProductNames } from '../../formats/report/message.js';
import { renderSarif } from '../../formats/report/sarif.js';
import { renderMarkdown, renderStatus, renderStatusMatrix, renderTable } from '../../formats/report/text.js';
import { loadWorkspaceCached } from '../../formats/workspace/cache.js';
import type { CliIo } from '../io.js';

export interface CheckRun {
  workspace: string;
  asOf: PlainDate;
  releases: string[];
  format: 'table' | 'json' | 'markdown' | 'sarif' | 'junit';
  failOn: Severity | 'never';
}

function names(ws: Workspace): ProductNames {
  return (id) => ws.products.get(id)?.name;
}

export function exitCodeFor(report: CheckReport, failOn: Severity | 'never'): number {
  if (failOn === 'never') return 0;
  return report.findings.some((f) => severityAtLeast(f.severity, failOn)) ? 1 : 0;
}

export async function runCheck(io: CliIo, run: CheckRun): Promise<number> {
  const ws = await loadWorkspaceCached(run.workspace);
  const report = check(ws, { asOf: run.asOf, releases: run.releases });
  const code = exitCodeFor(report, run.failOn);
  const n = names(ws);
  const text =
    run.format === 'json'
      ? renderJson(report, n, code)
      : run.format === 'markdown'
        ? renderMarkdown(report, n)
        : run.format === 'sarif'
          ? renderSarif(report, n)
          : run.format === 'junit'
            ? renderJunit(report, n, run.failOn)
            : renderTable(report, n);
  io.out(text);
  return code;
}

export async function runStatus(io: CliIo, run: { workspace: string; asOf: PlainDate; releases: string[]; all: boolean; long: boolean; format: 'table' | 'json' }): Promise<void> {
  const ws = await loadWorkspaceCached(run.workspace);
  const report = check(ws, { asOf: run.asOf, releases: run.releases });
  io.out(run.format === 'json' ? renderJson(report, names(ws), 0) : run.long ? renderStatus(report, names(ws), run.all) : renderStatusMatrix(report, run.all));
}

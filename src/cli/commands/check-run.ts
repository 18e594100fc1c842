import { type CheckReport, check } from '../../core/check/check.js';
import { severityAtLeast } from '../../core/check/finding.js';
import type { PlainDate } from '../../core/dates.js';
import type { Severity } from '../../core/policy/types.js';
import type { Workspace } from '../../core/workspace.js';
import { renderJson } from '../../render/json.js';
import { renderJunit } from '../../render/junit.js';
import type { ProductNames } from '../../render/message.js';
import { renderSarif } from '../../render/sarif.js';
import { renderMarkdown, renderStatus, renderStatusMatrix, renderTable } from '../../render/text.js';
import { loadWorkspaceCached } from '../../workspace/cache.js';
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

export interface StatusRun {
  workspace: string;
  asOf: PlainDate;
  releases: string[];
  all: boolean;
  long: boolean;
  format: 'table' | 'json' | 'html';
  out?: string;
}

export async function runStatus(io: CliIo, run: StatusRun): Promise<void> {
  const ws = await loadWorkspaceCached(run.workspace);
  const report = check(ws, { asOf: run.asOf, releases: run.releases });
  let text: string;
  if (run.format === 'html') {
    // the DOM for the chart is made here, at the edge; loaded only for this format
    const [{ JSDOM }, { renderStatusPage, statusPageModel }] = await Promise.all([import('jsdom'), import('../../web/status-page.js')]);
    const { document } = new JSDOM('').window;
    text = renderStatusPage(statusPageModel(report, names(ws)), document);
  } else
    text =
      run.format === 'json'
        ? renderJson(report, names(ws), exitCodeFor(report, 'error'))
        : run.long
          ? renderStatus(report, names(ws), run.all)
          : renderStatusMatrix(report, run.all);
  if (!run.out) return io.out(text);
  const { commitFiles } = await import('../../files/atomic-write.js');
  commitFiles([{ path: run.out, content: text }]);
  io.out(`wrote ${run.out}\n`);
}

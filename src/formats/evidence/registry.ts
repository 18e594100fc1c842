/**
 * The evidence parsers by kind: one line each, loaded on first use (a command that adds fio
 * results never loads the XML parser). The descriptions load with the CLI's help; the parsers do not.
 */
import type { EvidenceKind } from '../../core/stability/types.js';
import type { EvidenceParser } from './types.js';

export const EVIDENCE_KIND_DESCRIPTIONS: Readonly<Record<EvidenceKind, string>> = {
  junit: 'JUnit XML test report (tempest via subunit2junitxml, SCS compliance tests, any CI), streamed',
  fio: '`fio --output-format=json` (fio 3.x): IOPS, bandwidth, latency percentiles per job',
  'rados-bench': '`rados bench` text output: the per-second lines and the summary',
  csv: 'benchmark samples, one a line: metric,value,unit[,labels]',
  prometheus: 'Prometheus HTTP API `query_range` JSON (a matrix)',
  alertmanager: 'Alertmanager `/api/v2/alerts` JSON',
  'upgrade-trial': 'upgrade trials, CSV or YAML: from,to,result,duration,notes,date',
  experience: "operators' experience reports, YAML or CSV: outcome,severity,text,date[,env]",
  bugs: 'known bugs, CSV: id,version,severity,status,opened,closed',
};

const PARSERS: Readonly<Record<EvidenceKind, () => Promise<EvidenceParser>>> = {
  junit: async () => (await import('./junit/index.js')).junit,
  fio: async () => (await import('./fio/index.js')).fio,
  'rados-bench': async () => (await import('./rados-bench/index.js')).radosBench,
  csv: async () => (await import('./csv/index.js')).csvSamples,
  prometheus: async () => (await import('./prometheus/index.js')).prometheus,
  alertmanager: async () => (await import('./alertmanager/index.js')).alertmanager,
  'upgrade-trial': async () => (await import('./upgrade-trial/index.js')).upgradeTrials,
  experience: async () => (await import('./experience/index.js')).experience,
  bugs: async () => (await import('./bugs/index.js')).bugs,
};

export function evidenceParser(kind: EvidenceKind): Promise<EvidenceParser> {
  return PARSERS[kind]();
}

/** Benchmark samples as CSV, one a line: `metric,value,unit[,labels]` with labels as `key=value;key=value`. */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { BenchmarkSample } from '../../../core/stability/types.js';
import { evidenceError, sampleValue } from '../problem.js';
import { readEvidenceText } from '../read.js';
import { csvRows } from '../table.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

const COLUMNS = { required: ['metric', 'value', 'unit'], optional: ['labels'], listKey: 'samples', what: 'benchmark samples' } as const;

function labelsOf(text: string | undefined, file: string, line: number | undefined): Record<string, string> {
  if (!text) return {};
  const labels: Record<string, string> = {};
  for (const part of text.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw evidenceError(file, `the label "${part}" is not key=value`, 'write labels as key=value;key=value (e.g. job=randread;bs=4k)', line);
    labels[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return labels;
}

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const { path } = input;
  const rows = csvRows(readEvidenceText(path, 'CSV of samples', input.onProgress), path, COLUMNS);
  if (rows.length === 0) throw evidenceError(path, 'the file has a header but no samples', 'write one sample a line: metric,value,unit');
  const samples = rows.map(({ line, fields }): BenchmarkSample => {
    const metric = fields.metric;
    const unit = fields.unit;
    if (!metric) throw evidenceError(path, 'a sample has no metric', 'name the metric in the first column', line);
    if (!unit)
      throw evidenceError(path, `the sample of ${metric} has no unit`, 'give the unit (IOPS, MB/s, ms, …); an empty unit hides a mix-up of ms and s', line);
    return { metric, value: sampleValue(fields.value, `the value of ${metric}`, path, line), unit, labels: labelsOf(fields.labels, path, line) };
  });
  yield { records: 'samples', rows: samples };
}

export const csvSamples: EvidenceParser = { kind: 'csv', streams: false, parse };

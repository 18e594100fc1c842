/**
 * `rados bench` text output: each run's per-second lines (the bandwidth of that second and, where
 * an operation finished in it, its latency) and its summary (bandwidth, IOPS, latencies). A file
 * may hold several runs (write, then seq, then rand); each ends with its summary. A run without
 * one was cut off: the file is refused rather than read as a shorter run.
 */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { BenchmarkSample } from '../../../core/stability/types.js';
import { evidenceError, sampleValue } from '../problem.js';
import { readEvidenceText } from '../read.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

/** `    4      16        32        16    15.997        16     3.85778     3.85377` */
const SECOND = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$/;
/** Summary keys → metric suffix and unit. */
const SUMMARY: Readonly<Record<string, readonly [string, string]>> = {
  'bandwidth (mb/sec)': ['bandwidth', 'MB/s'],
  'average iops': ['iops', 'IOPS'],
  'average latency(s)': ['latency_avg', 's'],
  'max latency(s)': ['latency_max', 's'],
  'min latency(s)': ['latency_min', 's'],
};

interface Run {
  seconds: BenchmarkSample[];
  started: number;
}

function parseRuns(text: string, file: string): BenchmarkSample[] {
  const lines = text.split(/\r?\n/);
  const samples: BenchmarkSample[] = [];
  let run: Run | undefined;
  let op: 'write' | 'read' | undefined;
  let summary: BenchmarkSample[] | undefined;
  let runs = 0;
  const finish = () => {
    if (!summary || !op) return;
    const labels = { run: String(++runs) };
    for (const s of run?.seconds ?? []) samples.push({ ...s, metric: `rados_${op}_${s.metric}`, labels: { ...s.labels, ...labels } });
    for (const s of summary) samples.push({ ...s, metric: `rados_${op}_${s.metric}`, labels });
    run = undefined;
    summary = undefined;
    op = undefined;
  };
  lines.forEach((line, i) => {
    const at = i + 1;
    if (/^\s*sec\s+Cur ops\s+started\s+finished/.test(line)) {
      if (summary) finish();
      run ??= { seconds: [], started: at };
      return;
    }
    const second = run && !summary ? SECOND.exec(line) : null;
    if (second && run) {
      const [, sec, , , , , cur, last] = second;
      run.seconds.push({ metric: 'cur_mbps', value: sampleValue(cur, `second ${sec}: cur MB/s`, file, at), unit: 'MB/s', labels: { sec: sec as string } });
      if (last !== '-')
        run.seconds.push({
          metric: 'last_latency',
          value: sampleValue(last, `second ${sec}: last lat(s)`, file, at),
          unit: 's',
          labels: { sec: sec as string },
        });
      return;
    }
    const kv = /^([A-Za-z][A-Za-z ()/]*?):\s+(\S+)\s*$/.exec(line);
    if (!kv) return;
    const key = (kv[1] as string).toLowerCase();
    if (key === 'total time run') {
      if (summary) finish();
      summary = [];
      run ??= { seconds: [], started: at };
    } else if (key === 'total writes made') op = 'write';
    else if (key === 'total reads made') op = 'read';
    const spec = SUMMARY[key];
    if (spec && summary) summary.push({ metric: spec[0], value: sampleValue(kv[2], line.split(':')[0] as string, file, at), unit: spec[1], labels: {} });
  });
  if (run && !summary)
    throw evidenceError(
      file,
      'a run has per-second lines but no summary ("Total time run: …")',
      'the run was interrupted or the output cut off: give the complete output of `rados bench`',
      run.started,
    );
  if (summary && !op)
    throw evidenceError(file, 'a summary says neither "Total writes made" nor "Total reads made"', 'give the complete output of `rados bench`');
  finish();
  if (runs === 0)
    throw evidenceError(
      file,
      'no `rados bench` run in the file',
      'give the text `rados bench -p POOL SECONDS write|seq|rand` prints (its summary starts with "Total time run:")',
    );
  return samples;
}

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  yield { records: 'samples', rows: parseRuns(readEvidenceText(input.path, 'rados bench output', input.onProgress), input.path) };
}

export const radosBench: EvidenceParser = { kind: 'rados-bench', streams: false, parse };

/**
 * `fio --output-format=json`, fio 3.x: per job and direction that did I/O, its IOPS, bandwidth,
 * mean latencies and completion-latency percentiles. fio 2.x wrote latencies in microseconds under
 * other keys (`clat`, not `clat_ns`): such a file is refused, not misread by a factor of 1,000.
 */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { BenchmarkSample } from '../../../core/stability/types.js';
import { evidenceError, sampleValue } from '../problem.js';
import { readEvidenceText } from '../read.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

const DIRECTIONS = ['read', 'write', 'trim'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The JSON document of a fio output file. fio prints text around it when it is run with
 * `--output-format=json` and other output (`normal`, job progress): the document starts at the
 * first line that is `{` and ends at the first line that is `}`.
 */
function jsonOf(text: string, file: string): Json {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('{'));
  if (start < 0) throw evidenceError(file, 'no JSON document in the file', 'run fio with --output-format=json and give its output');
  const body = lines.slice(start);
  const end = body.findIndex((l) => l.trimEnd() === '}');
  const candidates = [body.join('\n'), ...(end >= 0 ? [body.slice(0, end + 1).join('\n')] : [])];
  let lastError: unknown;
  for (const candidate of candidates) {
    try {
      const value = JSON.parse(candidate) as unknown;
      if (isObject(value)) return value;
    } catch (e) {
      lastError = e;
    }
  }
  throw evidenceError(
    file,
    `not a fio JSON document: ${(lastError as Error | undefined)?.message ?? 'not an object'}`,
    'give the output of `fio --output-format=json` as fio wrote it (a cut-off file cannot be read)',
    start + 1,
  );
}

/** `fio-3.39-30-g58818` → 3; undefined when the field is missing or not fio's. */
function majorVersion(doc: Json): number | undefined {
  const v = doc['fio version'];
  const m = typeof v === 'string' ? /^fio-(\d+)\./.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

/** `99.900000` → `p99.9`. */
const percentileName = (key: string) => `p${Number(key)}`;

function samplesOf(doc: Json, file: string): BenchmarkSample[] {
  const jobs = doc.jobs ?? doc.client_stats;
  if (!Array.isArray(jobs) || jobs.length === 0)
    throw evidenceError(file, 'the fio output holds no jobs', 'give the output of a fio run that ran at least one job');
  const global = isObject(doc['global options']) ? doc['global options'] : {};
  const samples: BenchmarkSample[] = [];
  jobs.forEach((job: unknown, i) => {
    if (!isObject(job)) throw evidenceError(file, `job ${i + 1} is not an object`, 'give the output of `fio --output-format=json` unchanged');
    const name = typeof job.jobname === 'string' ? job.jobname : `job${i + 1}`;
    if (name === 'All clients') return;
    const options = isObject(job['job options']) ? job['job options'] : {};
    const labels: Record<string, string> = { job: name };
    for (const key of ['rw', 'bs', 'iodepth', 'numjobs', 'ioengine'])
      if (typeof (options[key] ?? global[key]) === 'string') labels[key] = String(options[key] ?? global[key]);
    for (const dir of DIRECTIONS) {
      const stats = job[dir];
      if (!isObject(stats) || !(Number(stats.total_ios ?? stats.io_bytes) > 0)) continue;
      const what = (metric: string) => `job "${name}" ${dir}.${metric}`;
      const add = (metric: string, raw: unknown, unit: string, path: string) =>
        samples.push({ metric: `${dir}_${metric}`, value: sampleValue(raw, what(path), file), unit, labels });
      add('iops', stats.iops, 'IOPS', 'iops');
      add('bw', stats.bw_bytes ?? Number(stats.bw) * 1024, 'B/s', 'bw_bytes');
      for (const lat of ['clat_ns', 'lat_ns'] as const) {
        const l = stats[lat];
        if (!isObject(l)) throw evidenceError(file, `${what(lat)} is missing`, 'fio 3.x writes clat_ns and lat_ns for every direction that did I/O');
        add(`${lat.replace('_ns', '')}_mean`, l.mean, 'ns', `${lat}.mean`);
        if (isObject(l.percentile))
          for (const [key, value] of Object.entries(l.percentile))
            add(`${lat.replace('_ns', '')}_${percentileName(key)}`, value, 'ns', `${lat}.percentile.${key}`);
      }
    }
  });
  if (samples.length === 0) throw evidenceError(file, 'no job of the fio output did any I/O', 'give the output of a run that read or wrote');
  return samples;
}

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const doc = jsonOf(readEvidenceText(input.path, 'fio JSON output', input.onProgress), input.path);
  const major = majorVersion(doc);
  if (major === undefined)
    throw evidenceError(input.path, 'the JSON has no "fio version": it is not fio output', 'give the output of `fio --output-format=json` (fio 3.x)');
  if (major !== 3)
    throw evidenceError(
      input.path,
      `the file is the output of ${String(doc['fio version'])}; upkeep reads fio 3.x JSON`,
      major < 3
        ? 'fio 2.x reports latencies in microseconds under "clat"/"lat" where fio 3 writes nanoseconds under "clat_ns"/"lat_ns": run the benchmark again with fio 3'
        : 'this fio is newer than the 3.x format upkeep reads; check its JSON against docs/evidence.md and report it',
    );
  yield { records: 'samples', rows: samplesOf(doc, input.path) };
}

export const fio: EvidenceParser = { kind: 'fio', streams: false, parse };

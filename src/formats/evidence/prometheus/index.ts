/**
 * The Prometheus HTTP API's `query_range` answer (`/api/v1/query_range`, a matrix). Each point is
 * one record; Prometheus writes values as strings because JSON has no NaN: a NaN or infinite point
 * (a division by zero in the query) is skipped with a warning, not stored as a number.
 */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { SeriesPoint } from '../../../core/stability/types.js';
import { evidenceError } from '../problem.js';
import { readEvidenceText } from '../read.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function pointsOf(doc: unknown, file: string, warn: (message: string) => void = () => undefined): SeriesPoint[] {
  const hint = 'give the JSON of `curl "http://PROMETHEUS/api/v1/query_range?query=…&start=…&end=…&step=…"` unchanged';
  if (!isObject(doc) || !isObject(doc.data)) throw evidenceError(file, 'not a Prometheus API answer (no "data")', hint);
  if (doc.status !== undefined && doc.status !== 'success')
    throw evidenceError(
      file,
      `the query failed: status "${String(doc.status)}"${typeof doc.error === 'string' ? `: ${doc.error}` : ''}`,
      'fix the query and fetch it again',
    );
  if (doc.data.resultType !== 'matrix')
    throw evidenceError(file, `the result is a ${String(doc.data.resultType)}, not a matrix`, 'use /api/v1/query_range (a range query), not /api/v1/query');
  const result = doc.data.result;
  if (!Array.isArray(result)) throw evidenceError(file, 'data.result is not a list', hint);
  const points: SeriesPoint[] = [];
  let skipped = 0;
  result.forEach((series: unknown, i) => {
    if (!isObject(series) || !isObject(series.metric) || !Array.isArray(series.values))
      throw evidenceError(file, `series ${i + 1} has no "metric" labels or no "values"`, hint);
    const { __name__: name, ...labels } = series.metric as Record<string, string>;
    for (const pair of series.values as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'number')
        throw evidenceError(file, `series ${i + 1} has a value that is not [time, "value"]`, hint);
      const value = Number(pair[1]);
      if (!Number.isFinite(value)) {
        skipped++;
        continue;
      }
      points.push({ metric: name ?? 'value', labels, at: new Date(Math.round(pair[0] * 1000)).toISOString(), value });
    }
  });
  if (skipped) warn(`${skipped} point${skipped > 1 ? 's' : ''} of ${file} ${skipped > 1 ? 'are' : 'is'} NaN or infinite and not stored`);
  if (points.length === 0) throw evidenceError(file, 'the answer holds no points', 'widen the time range or check the query; an empty answer is no evidence');
  return points;
}

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const text = readEvidenceText(input.path, 'Prometheus query_range JSON', input.onProgress);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw evidenceError(
      input.path,
      `not JSON: ${(e as Error).message}`,
      'give the answer of /api/v1/query_range as Prometheus sent it (a cut-off file cannot be read)',
    );
  }
  yield { records: 'series', rows: pointsOf(doc, input.path, input.warn) };
}

export const prometheus: EvidenceParser = { kind: 'prometheus', streams: false, parse };

/**
 * Alertmanager's `GET /api/v2/alerts` (a list of alerts), or a webhook payload (`{"alerts": […]}`).
 * An alert's name is its `alertname` label; its severity the `severity` label (`none` without one).
 */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { AlertRecord } from '../../../core/stability/types.js';
import { evidenceError } from '../problem.js';
import { readEvidenceText } from '../read.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An RFC 3339 time as ISO 8601 UTC; Alertmanager's zero time (`0001-01-01T00:00:00Z`, "no end") is null. */
function instant(raw: unknown, what: string, file: string): string | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const t = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  if (!Number.isFinite(t))
    throw evidenceError(file, `${what} is ${JSON.stringify(raw)}, not a time`, 'Alertmanager writes RFC 3339 times (2023-03-14T08:02:42.981Z)');
  return t <= Date.parse('0001-01-02T00:00:00Z') ? null : new Date(t).toISOString();
}

export function alertsOf(doc: unknown, file: string): AlertRecord[] {
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.alerts) ? doc.alerts : undefined;
  if (!list)
    throw evidenceError(file, 'not a list of alerts', 'give the JSON of `curl http://ALERTMANAGER/api/v2/alerts` (or a webhook payload with "alerts")');
  return list.map((alert: unknown, i): AlertRecord => {
    if (!isObject(alert) || !isObject(alert.labels))
      throw evidenceError(file, `alert ${i + 1} has no labels`, 'every Alertmanager alert has labels with its alertname');
    const labels = Object.fromEntries(Object.entries(alert.labels).map(([k, v]) => [k, String(v)]));
    const name = labels.alertname;
    if (!name) throw evidenceError(file, `alert ${i + 1} has no alertname label`, 'every Alertmanager alert has labels with its alertname');
    const startsAt = instant(alert.startsAt, `alert ${name}: startsAt`, file);
    if (!startsAt) throw evidenceError(file, `alert ${name} has no startsAt`, 'every Alertmanager alert has the time it started');
    return { name, severity: labels.severity ?? 'none', startsAt, endsAt: instant(alert.endsAt, `alert ${name}: endsAt`, file), labels };
  });
}

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const text = readEvidenceText(input.path, 'Alertmanager alerts JSON', input.onProgress);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw evidenceError(input.path, `not JSON: ${(e as Error).message}`, 'give the answer of /api/v2/alerts as Alertmanager sent it');
  }
  yield { records: 'alerts', rows: alertsOf(doc, input.path) };
}

export const alertmanager: EvidenceParser = { kind: 'alertmanager', streams: false, parse };

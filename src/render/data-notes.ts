import type { CheckReport } from '../core/check/check.js';
import { dataAgeText } from './data-age.js';

/**
 * Notes about the data behind a report that every format carries (first: how old the lifecycle data is) (table and Markdown as `note:`
 * lines, JSON as `notes`, SARIF as tool notifications, JUnit as suite properties): how a product's
 * columns map to phases where they mean something else than usual (Ubuntu's `eoas`); where point
 * releases came after an announced end that has passed, that end may not be final (Ceph Quincy,
 * announced 2024-06-01, had 17.2.8 on 2024-11-25 and ended on 2025-01-13).
 */
export function dataNotes(report: CheckReport): string[] {
  const notes = new Map<string, string>([['data-age', dataAgeText(report.dataAge)]]);
  for (const p of report.pins) {
    const product = p.known?.product;
    if (product?.phaseNote && !notes.has(product.id)) notes.set(product.id, `${product.id}: ${product.phaseNote}`);
  }
  for (const p of report.pins) {
    const after = p.end?.pointsAfter;
    if (!after || !p.cycle || !p.end?.date) continue;
    const key = `${p.product} ${p.cycle.id}`;
    if (!notes.has(key))
      notes.set(
        key,
        `${key}: the announced end of its ${p.end.phase} phase, ${p.end.date}, has passed, yet ${after.count} point release${after.count === 1 ? '' : 's'} came after it (latest ${after.latest.version} of ${after.latest.date}): the end may not be final`,
      );
  }
  return [...notes.values()];
}

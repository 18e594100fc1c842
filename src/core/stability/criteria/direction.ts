import type { Direction } from '../criteria-schema.js';

const RATE_UNIT = /(?:\/s|\/sec|ps|iops|ops)$/i;
const TIME_UNIT = /^(?:ns|us|µs|μs|ms|s|sec|secs|seconds?|msec|usec|nsec|min)$/i;
const LOWER_NAME = /(?:^|[._\s-])(?:lat|latency|clat|slat|duration|time)(?:$|[._\s-])/i;
const HIGHER_NAME = /(?:^|[._\s-])(?:iops|bw|bandwidth|throughput|ops)(?:$|[._\s-])/i;

/** `*` in a configured name matches any run of characters. */
function matches(pattern: string, metric: string): boolean {
  if (!pattern.includes('*')) return pattern === metric;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(metric);
}

/**
 * Which way is better for a metric: stability.yaml `benchmarks.directions` first (an exact name
 * before a pattern), then the unit (a rate such as IOPS or MB/s: higher; a time: lower), then the
 * name (`lat`, `latency`: lower; `iops`, `bw`: higher). Null when nothing says.
 */
export function directionOf(metric: string, unit: string, configured: Readonly<Record<string, Direction>>): Direction | null {
  const exact = configured[metric];
  if (exact) return exact;
  for (const [pattern, d] of Object.entries(configured)) if (matches(pattern, metric)) return d;
  if (RATE_UNIT.test(unit.trim())) return 'higher';
  if (TIME_UNIT.test(unit.trim())) return 'lower';
  if (LOWER_NAME.test(metric)) return 'lower';
  if (HIGHER_NAME.test(metric)) return 'higher';
  return null;
}

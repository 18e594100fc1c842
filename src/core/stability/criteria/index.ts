import { alerts } from './alerts.js';
import { benchmarks } from './benchmarks.js';
import { bugs } from './bugs.js';
import { reports } from './reports.js';
import { tests } from './tests.js';
import type { Criterion } from './types.js';
import { upgrades } from './upgrades.js';
import { upstream } from './upstream.js';

/** Every stability criterion, in the order of stability.yaml, the reports and docs/stability.md. */
export const CRITERIA: readonly Criterion[] = [tests, benchmarks, alerts, upstream, bugs, upgrades, reports];

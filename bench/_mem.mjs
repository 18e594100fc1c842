import { syntheticWorkspace } from './synthetic.mjs';
const { check } = await import('../dist/core/check/check.js');
const { DEFAULT_POLICY } = await import('../dist/core/policy/types.js');
const ws = { ...syntheticWorkspace(), policy: DEFAULT_POLICY };
global.gc(); const m0 = process.memoryUsage().heapUsed;
const r = check(ws, { asOf: '2020-06-01' });
global.gc(); const m1 = process.memoryUsage().heapUsed;
console.log('retained MB', ((m1 - m0) / 1e6).toFixed(1), 'findings', r.findings.length, 'pins', r.pins.length);
const f = r.findings[0]; console.log(Object.keys(f).length, JSON.stringify(f).length);

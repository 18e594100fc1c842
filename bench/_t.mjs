import { plan, highsSolver } from '../dist/app/plan.js';
import { openWorkspace } from '../dist/workspace/index.js';
import { planRelease } from '../dist/core/plan/plan.js';
import { check } from '../dist/core/check/check.js';
let t = performance.now();
const s = await highsSolver(); console.log('load', (performance.now() - t).toFixed(0));
const ws = await openWorkspace('examples/scs').load();
let n = 0; const timed = (p) => { const t0 = performance.now(); const r = s(p); n += performance.now() - t0; return r; };
for (let i = 0; i < 3; i++) { n = 0; t = performance.now(); planRelease(ws, { release: 'R4.1', from: 'R4', date: '2023-04-18', asOf: '2023-03-20' }, timed); console.log('plan', (performance.now() - t).toFixed(0), 'solver', n.toFixed(0)); }
for (let i = 0; i < 3; i++) { t = performance.now(); check(ws, { asOf: '2023-03-20', releases: ['R4'] }); console.log('check', (performance.now() - t).toFixed(1)); }

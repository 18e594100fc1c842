import { syntheticWorkspace } from './synthetic.mjs';
const { check } = await import('../dist/core/check/check.js');
const { DEFAULT_POLICY } = await import('../dist/core/policy/types.js');
const ws = { ...syntheticWorkspace(), policy: DEFAULT_POLICY };
for (let i = 0; i < 3; i++) { const t = performance.now(); check(ws, { asOf: '2020-06-01' }); console.log((performance.now() - t).toFixed(0)); }

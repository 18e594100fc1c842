import { syntheticWorkspace } from './synthetic.mjs';
const { check } = await import('../dist/core/check/check.js');
const { PinResolver } = await import('../dist/core/check/resolve.js');
const { DEFAULT_POLICY } = await import('../dist/core/policy/types.js');
const ws = { ...syntheticWorkspace(), policy: DEFAULT_POLICY };
const m0 = process.memoryUsage().heapUsed;
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const r = new PinResolver(ws, '2020-06-01', 'maintained');
  for (const rel of ws.releases) for (const p of rel.pins) r.resolve(rel, p, false);
  const tr = performance.now() - t;
  t = performance.now();
  const rep = check(ws, { asOf: '2020-06-01' });
  const tc = performance.now() - t;
  t = performance.now();
  const rep2 = check({ ...ws, policy: { ...DEFAULT_POLICY, endMoved: { severity: 'ignore' } } }, { asOf: '2020-06-01' });
  console.log('resolve only', tr.toFixed(0), 'check', tc.toFixed(0), 'check w/o end-moved', (performance.now() - t).toFixed(0), rep.findings.length, rep2.findings.length);
}

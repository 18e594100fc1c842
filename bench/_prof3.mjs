import { syntheticWorkspace } from './synthetic.mjs';
const { check } = await import('../dist/core/check/check.js');
const { DEFAULT_POLICY } = await import('../dist/core/policy/types.js');
const ws = { ...syntheticWorkspace(), policy: DEFAULT_POLICY };
const variants = {
  full: DEFAULT_POLICY,
  noMaturity: { ...DEFAULT_POLICY, maturity: { ...DEFAULT_POLICY.maturity, severity: 'ignore' }, endMoved: { severity: 'ignore' } },
  noMatNoHorizonWarn: { ...DEFAULT_POLICY, maturity: { ...DEFAULT_POLICY.maturity, severity: 'ignore' }, endMoved: { severity: 'ignore' }, horizon: { ...DEFAULT_POLICY.horizon, warnWithinDays: 0 } },
};
for (let i = 0; i < 4; i++) {
  const row = [];
  for (const [k, p] of Object.entries(variants)) { const t = performance.now(); const r = check({ ...ws, policy: p }, { asOf: '2020-06-01' }); row.push(`${k} ${(performance.now() - t).toFixed(0)} (${r.findings.length})`); }
  console.log(row.join('  '));
}

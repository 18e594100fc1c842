/**
 * The planner's figures: a plan of examples/scs against a check of it, the time of an optimal plan
 * of a synthetic stack (N components × 30 cycles, 3 compatibility rules a component) as N grows, and
 * a ten-year monthly `simulate` of examples/scs (120 plans) against one plan.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * N products (one component each) with 30 quarterly cycles (a year and a half of maintenance, three
 * point releases); the base release pins each an old cycle; 3·N rules "when a is on cycle c, b must
 * be on one of a random half of its cycles". Deterministic.
 */
export function syntheticPlanWorkspace(n, policy) {
  let seed = 7;
  const rand = (m) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % m;
  };
  const date = (day) => new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const products = new Map();
  const components = new Map();
  const pins = [];
  const cycleIds = Array.from({ length: 30 }, (_, c) => `${1 + Math.floor(c / 10)}.${c % 10}`);
  for (let p = 0; p < n; p++) {
    const id = `p${p}`;
    const cycles = cycleIds.map((cid, c) => {
      const released = 60 * c + rand(20);
      return {
        id: cid,
        released: date(released),
        ends: { maintained: { announced: date(released + 540 + rand(60)) } },
        points: [0, 1, 2].map((k) => ({ version: `${cid}.${k}`, date: date(released + 40 * k) })),
      };
    });
    products.set(id, { id, name: id, scheme: 'semver', cycles, history: [], sources: [] });
    components.set(id, { id, product: id });
    const c = rand(8);
    pins.push({ component: id, version: `${cycleIds[c]}.2` });
  }
  const compatibility = [];
  for (let r = 0; r < 3 * n; r++) {
    const a = rand(n);
    let b = rand(n);
    if (b === a) b = (b + 1) % n;
    const when = cycleIds[rand(30)];
    const allowed = cycleIds.filter(() => rand(2) === 1);
    compatibility.push({
      id: `r${r}`,
      when: { [`p${a}`]: { anyOf: [when] } },
      require: { [`p${b}`]: { anyOf: allowed.length ? allowed : [cycleIds[29]] } },
      severity: 'error',
    });
  }
  const base = { id: 'R1', date: date(400), end: date(630), pins, alternatives: [] };
  return { name: 'synthetic-plan', products, components, releases: [base], policy: { ...policy, compatibility } };
}

const date = (day) => new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

export async function benchPlan({ runs = 7, sizes = [100, 1000, 5000], simulateRuns = 3 } = {}) {
  const { highsSolver } = await import(resolve(root, 'dist/app/plan.js'));
  const { planRelease } = await import(resolve(root, 'dist/core/plan/plan.js'));
  const { check } = await import(resolve(root, 'dist/core/check/check.js'));
  const { openWorkspace } = await import(resolve(root, 'dist/workspace/index.js'));
  const { DEFAULT_POLICY } = await import(resolve(root, 'dist/core/policy/schema.js'));
  const solver = await highsSolver();
  const ws = await openWorkspace(resolve(root, 'examples/scs')).load();
  const query = { release: 'R4.1', from: 'R4', date: '2023-04-18', asOf: '2023-03-20' };
  planRelease(ws, query, solver);
  const planMs = [];
  const checkMs = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    check(ws, { asOf: '2023-03-20', releases: ['R4'] });
    checkMs.push(performance.now() - t);
    t = performance.now();
    planRelease(ws, query, solver);
    planMs.push(performance.now() - t);
  }
  const synthetic = [];
  for (const n of sizes) {
    const sws = syntheticPlanWorkspace(n, DEFAULT_POLICY);
    let solving = 0;
    const timed = (p) => {
      const t0 = performance.now();
      const r = solver(p);
      solving += performance.now() - t0;
      return r;
    };
    const t = performance.now();
    const cpu = process.cpuUsage();
    const plan = planRelease(sws, { release: 'R2', date: date(1850), end: date(2080), asOf: date(1840) }, timed);
    const used = process.cpuUsage(cpu);
    synthetic.push({
      n,
      ms: performance.now() - t,
      cpuMs: (used.user + used.system) / 1000,
      solverMs: solving,
      variables: plan.model.variables,
      rows: plan.model.rows,
      changed: plan.components.filter((c) => c.change !== 'keep').length,
    });
  }
  // `upkeep simulate` over ten years, monthly (120 plans from R4, 2023-03-22 to 2033-02-22), against one plan
  const { simulate, parseDuration } = await import(resolve(root, 'dist/core/plan/simulate.js'));
  const simulateQuery = {
    cadences: [parseDuration('1m', '--cadence')],
    lifetime: parseDuration('12m', '--lifetime'),
    from: '2023-03-22',
    to: '2033-02-22',
    release: 'R4',
  };
  const simulateMs = [];
  let simulatedPlans = 0;
  const simulateCpuMs = [];
  for (let i = 0; i < simulateRuns; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const s = simulate(ws, simulateQuery, (w, q) => planRelease(w, q, solver));
    simulateMs.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    simulateCpuMs.push((used.user + used.system) / 1000);
    simulatedPlans = s.cadences[0].releases.length;
  }
  return { planMs: median(planMs), checkMs: median(checkMs), synthetic, simulateMs: median(simulateMs), simulateCpuMs: median(simulateCpuMs), simulatedPlans };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await benchPlan(), null, 1));

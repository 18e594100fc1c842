/**
 * A synthetic workspace: 200 products × 30 cycles (each with a history of announcements and moved
 * ends, and dated point releases) and 10 releases × 1,000 pins = 10,000 pins. Deterministic.
 */
export function syntheticWorkspace({ products = 200, cycles = 30, releases = 10, pinsPerRelease = 1000 } = {}) {
  let seed = 42;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const date = (day) => new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const productMap = new Map();
  for (let p = 0; p < products; p++) {
    const id = `product-${p}`;
    const cycleList = [];
    const history = [];
    for (let c = 0; c < cycles; c++) {
      const cycleId = `${1 + Math.floor(c / 10)}.${c % 10}`;
      const released = 90 * c + rand(30);
      const end = released + 365 + rand(400);
      const points = [];
      for (let k = 0; k < 6; k++) points.push({ version: `${cycleId}.${k}`, date: date(released + 45 * k) });
      cycleList.push({
        id: cycleId,
        released: date(released),
        ends: { maintained: { announced: date(end + 60) }, security: { announced: date(end + 180) } },
        points,
      });
      history.push({ recorded: date(released - 30), cycle: cycleId, field: 'maintained.announced', to: date(end) });
      history.push({ recorded: date(released + 200), cycle: cycleId, field: 'maintained.announced', to: date(end + 60) });
      history.push({ recorded: date(released - 30), cycle: cycleId, field: 'security.announced', to: date(end + 180) });
    }
    history.sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
    productMap.set(id, { id, name: `Product ${p}`, scheme: 'semver', cycles: cycleList, history, sources: [] });
  }
  const releaseList = [];
  for (let r = 0; r < releases; r++) {
    const pins = [];
    for (let i = 0; i < pinsPerRelease; i++) {
      const c = rand(cycles);
      pins.push({ component: `product-${rand(products)}-${i}`, version: `${1 + Math.floor(c / 10)}.${c % 10}.${rand(6)}` });
    }
    releaseList.push({ id: `R${r}`, date: date(1200 + 180 * r), end: date(1200 + 180 * r + 230), pins, alternatives: [] });
  }
  const components = new Map();
  for (const r of releaseList) for (const pin of r.pins) components.set(pin.component, { id: pin.component, product: pin.component.replace(/-\d+$/, '') });
  return { name: 'synthetic', products: productMap, components, releases: releaseList };
}

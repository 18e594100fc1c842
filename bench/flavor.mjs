/**
 * Flavor name parsing speed: the built parser (dist/) over realistic names from the shared test
 * vectors, against a bare RegExp test of the same names in the same run (the floor a scanner can
 * hope for). Called by bench/run.mjs; `node bench/flavor.mjs` runs it alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const vectorsFile = path.resolve(here, '../../shared/data/scs-flavors/vectors.tsv');

/** The v2/v3 syntax as one regular expression (shape only, no table checks). */
const SHAPE =
  /^SCS-\d*[LVTC]i?-[\d.]*u?o?(?:-(?:\d*x)?\d*[nhsp]?)?(?:_(?:kvm|xen|vmw|hyv|bms|chy))?(?:_hwv)?(?:_[izar]\d*h*(?=$|_))?(?:_[gG][NAI][^-h]*(?:-\d+)?h*(?:-\d+)?h*)?(?:_ib)?$/;

function loadNames() {
  const rows = readFileSync(vectorsFile, 'utf8').split('\n').slice(1).filter(Boolean);
  const names = rows.map((r) => r.split('\t')[0]);
  // A realistic mix: mostly valid v2/v3 names, some v1, some invalid, some non-SCS.
  return names.concat(['m1.large', 'SCS-4V-16', 'SCS-8V-32-100', 'SCS-2V-4-20s']);
}

function timeLoop(names, fn, seconds) {
  const deadline = performance.now() + seconds * 1000;
  let count = 0;
  let sink = 0;
  const start = performance.now();
  while (performance.now() < deadline) {
    for (let i = 0; i < names.length; i++) sink += fn(names[i]) ? 1 : 0;
    count += names.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink);
  return count / elapsed;
}

export async function benchFlavor({ seconds = 1 } = {}) {
  const { parseFlavorName } = await import('../dist/core/flavor/parse.js');
  const names = loadNames();
  // Warm up both paths so the JIT has compiled them before timing.
  timeLoop(names, (n) => parseFlavorName(n).kind === 'flavor', 0.2);
  timeLoop(names, (n) => SHAPE.test(n), 0.2);
  const namesPerSecond = Math.round(timeLoop(names, (n) => parseFlavorName(n).kind === 'flavor', seconds));
  const regexNamesPerSecond = Math.round(timeLoop(names, (n) => SHAPE.test(n), seconds));
  return { namesPerSecond, regexNamesPerSecond, ratio: Number((namesPerSecond / regexNamesPerSecond).toFixed(3)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await benchFlavor());
}

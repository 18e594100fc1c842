#!/usr/bin/env node
/**
 * Writes the SCS example's evidence for Ceph 16.2.11 (baseline) and 17.2.5 (candidate), MADE UP but
 * in the real formats: tempest JUnit, fio 3.x JSON, rados bench text, a benchmark CSV, Prometheus
 * query_range and Alertmanager JSON, upgrade trials, experience reports and known bugs; and the
 * manifest `evidence.yaml` that lists them. Seeded: the same files on every run (the drift test
 * test/scs-example-drift.test.ts reruns it). The candidate's fio and rbd numbers are about 5 %
 * slower, with enough samples for `upkeep assess ceph 17.2.5 --baseline 16.2.11` to say "not yet".
 *
 *   node scripts/make-scs-evidence.mjs [workspace]     (default examples/scs; npm run example runs it)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ws = process.argv[2] ?? 'examples/scs';
const dir = join(ws, 'evidence');
const ENV = 'gx-scs';
const BASE = '16.2.11';
const CAND = '17.2.5';
const NOTE = 'made up for the example';

/** Park–Miller with a seed per file: a file changes only when its own generator does. */
function random(seed) {
  let s = seed % 2147483647 || 1;
  const u = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return { u, normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()) };
}
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const day = (d) => Date.parse(`${d}T00:00:00Z`);
const HOUR = 3_600_000;
const round = (x, d = 0) => Number(x.toFixed(d));

const files = [];
function write(name, kind, version, text) {
  writeFileSync(join(dir, name), text);
  files.push({ file: `evidence/${name}`, kind, version });
}

// --- tempest through subunit2junitxml: one <testsuite>, classname + name with the test's id tags
const CLASSES = [
  'tempest.api.compute.servers.test_create_server.ServersTestJSON',
  'tempest.api.compute.servers.test_server_actions.ServerActionsTestJSON',
  'tempest.api.compute.volumes.test_attach_volume.AttachVolumeTestJSON',
  'tempest.api.image.v2.test_images.BasicOperationsImagesTest',
  'tempest.api.image.v2.test_images.ListUserImagesTest',
  'tempest.api.network.test_networks.NetworksTest',
  'tempest.api.network.test_ports.PortsTestJSON',
  'tempest.api.object_storage.test_object_services.ObjectTest',
  'tempest.api.object_storage.test_container_services.ContainerTest',
  'tempest.api.volume.test_volumes_get.VolumesGetTest',
  'tempest.api.volume.test_volumes_snapshots.VolumesSnapshotTestJSON',
  'tempest.api.volume.test_volumes_backup.VolumesBackupsTest',
  'tempest.api.volume.admin.test_multi_backend.VolumeMultiBackendTest',
  'tempest.api.volume.test_volumes_extend.VolumesExtendTest',
  'tempest.api.volume.test_volume_transfers.VolumesTransfersTest',
  'tempest.scenario.test_volume_boot_pattern.TestVolumeBootPattern',
  'tempest.scenario.test_snapshot_pattern.TestSnapshotPattern',
  'tempest.scenario.test_stamp_pattern.TestStampPattern',
  'tempest.scenario.test_shelve_instance.TestShelveInstance',
  'tempest.scenario.test_minimum_basic.TestMinimumBasicScenario',
];
const VERBS = ['create', 'delete', 'list', 'get', 'update', 'attach', 'detach', 'resize', 'snapshot', 'restore', 'extend', 'migrate'];
const NOUNS = ['volume', 'image', 'server', 'snapshot', 'backup', 'port', 'network', 'object', 'container', 'metadata', 'type', 'quota'];
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function tempest(version, seed, failures) {
  const r = random(seed);
  const ids = random(4242); // the same test ids on both versions
  const cases = [];
  for (const cls of CLASSES)
    for (let i = 0; i < 70; i++) {
      const id = Array.from({ length: 4 }, () =>
        Math.floor(ids.u() * 0x10000)
          .toString(16)
          .padStart(4, '0'),
      ).join('');
      const name = `test_${VERBS[i % VERBS.length]}_${NOUNS[Math.floor(i / VERBS.length) % NOUNS.length]}_${i}[id-${id.slice(0, 8)}-${id.slice(8)}${i % 9 === 0 ? ',smoke' : ''}]`;
      cases.push({ cls, name, time: round(Math.max(0.05, r.normal(4, 3)), 3) });
    }
  const skip = new Set();
  const fail = new Set();
  while (skip.size < 31) skip.add(Math.floor(r.u() * cases.length));
  while (fail.size < failures) {
    const i = Math.floor(r.u() * cases.length);
    if (!skip.has(i)) fail.add(i);
  }
  const body = cases.map((c, i) => {
    const head = `<testcase classname="${xml(c.cls)}" name="${xml(c.name)}" time="${c.time.toFixed(3)}"`;
    if (skip.has(i)) return `${head}><skipped>Skipped: Cinder backup feature disabled</skipped></testcase>`;
    if (fail.has(i))
      return `${head}><failure type="testtools.testresult.real._StringException">Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/tempest/common/waiters.py", line 318, in wait_for_volume_resource_status\n    raise lib_exc.TimeoutException(message)\ntempest.lib.exceptions.TimeoutException: Request timed out\nDetails: volume ${Math.floor(r.u() * 1e8).toString(16)} failed to reach available status (current creating) within the required time (300 s).</failure></testcase>`;
    return `${head}/>`;
  });
  const time = cases.reduce((s, c) => s + c.time, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- MADE UP for the Upkeep SCS example: tempest ${version} run shape, not a real run -->\n<testsuite errors="0" failures="${fail.size}" name="" skipped="${skip.size}" tests="${cases.length}" time="${time.toFixed(3)}">\n${body.join('\n')}\n</testsuite>\n`;
}
// --- fio 3.x JSON (`fio --output-format=json`), a job section per process (numjobs without group_reporting)
const PCTS = [
  '1.000000',
  '5.000000',
  '10.000000',
  '20.000000',
  '30.000000',
  '40.000000',
  '50.000000',
  '60.000000',
  '70.000000',
  '80.000000',
  '90.000000',
  '95.000000',
  '99.000000',
  '99.500000',
  '99.900000',
  '99.950000',
  '99.990000',
];
const idle = () => ({
  io_bytes: 0,
  io_kbytes: 0,
  bw_bytes: 0,
  bw: 0,
  iops: 0.0,
  runtime: 0,
  total_ios: 0,
  short_ios: 0,
  drop_ios: 0,
  slat_ns: { min: 0, max: 0, mean: 0.0, stddev: 0.0, N: 0 },
  clat_ns: { min: 0, max: 0, mean: 0.0, stddev: 0.0, N: 0 },
  lat_ns: { min: 0, max: 0, mean: 0.0, stddev: 0.0, N: 0 },
  bw_min: 0,
  bw_max: 0,
  bw_agg: 0.0,
  bw_mean: 0.0,
  bw_dev: 0.0,
  bw_samples: 0,
  iops_min: 0,
  iops_max: 0,
  iops_mean: 0.0,
  iops_stddev: 0.0,
  iops_samples: 0,
});
function direction(r, iops, runtimeMs) {
  const ios = Math.round((iops * runtimeMs) / 1000);
  const bwBytes = Math.round(iops * 4096);
  const clatMean = (16 * 1e9) / iops; // iodepth 16: Little's law
  const pct = Object.fromEntries(PCTS.map((p) => [p, Math.round(clatMean * (0.35 + 2.2 * (Number(p) / 100) ** 6) * (1 + 0.02 * r.normal(0, 1)))]));
  const slat = round(r.normal(9500, 400), 6);
  return {
    io_bytes: ios * 4096,
    io_kbytes: ios * 4,
    bw_bytes: bwBytes,
    bw: Math.round(bwBytes / 1024),
    iops: round(iops, 6),
    runtime: runtimeMs,
    total_ios: ios,
    short_ios: 0,
    drop_ios: 0,
    slat_ns: { min: 2104, max: 987123, mean: slat, stddev: round(slat * 0.8, 6), N: ios },
    clat_ns: { min: 183000, max: Math.round(clatMean * 9), mean: round(clatMean, 6), stddev: round(clatMean * 0.45, 6), N: ios, percentile: pct },
    lat_ns: { min: 190000, max: Math.round(clatMean * 9.1), mean: round(clatMean + slat, 6), stddev: round(clatMean * 0.45, 6), N: ios },
    bw_min: Math.round((bwBytes / 1024) * 0.8),
    bw_max: Math.round((bwBytes / 1024) * 1.2),
    bw_agg: 6.25,
    bw_mean: round(bwBytes / 1024, 6),
    bw_dev: round(bwBytes / 1024 / 20, 6),
    bw_samples: 120,
    iops_min: Math.round(iops * 0.8),
    iops_max: Math.round(iops * 1.2),
    iops_mean: round(iops, 6),
    iops_stddev: round(iops / 20, 6),
    iops_samples: 120,
  };
}
function fio(version, run, seed, speed) {
  const r = random(seed);
  const start = day(version === BASE ? '2023-01-16' : '2023-02-27') + run * 86_400_000 + 10 * HOUR;
  const jobs = [];
  for (const [rw, mean] of [
    ['randread', 2450],
    ['randwrite', 1180],
  ])
    for (let j = 0; j < 12; j++) {
      const iops = r.normal(mean * speed, mean * 0.03);
      const runtime = 60000 + Math.floor(r.u() * 5);
      const opts = { name: `${rw}-4k`, rw, bs: '4k', iodepth: '16', numjobs: '16', size: '4G', filename: `/dev/rbd${j % 4}` };
      jobs.push({
        jobname: `${rw}-4k`,
        groupid: 0,
        error: 0,
        eta: 0,
        elapsed: 61,
        'job options': opts,
        read: rw === 'randread' ? direction(r, iops, runtime) : idle(),
        write: rw === 'randwrite' ? direction(r, iops, runtime) : idle(),
        trim: idle(),
        sync: { total_ios: 0, lat_ns: { min: 0, max: 0, mean: 0.0, stddev: 0.0, N: 0 } },
        job_runtime: runtime,
        usr_cpu: round(r.normal(3.1, 0.3), 6),
        sys_cpu: round(r.normal(7.4, 0.5), 6),
        ctx: Math.round(r.normal(140000, 9000)),
        majf: 0,
        minf: 24,
        iodepth_level: { 1: 0.1, 2: 0.1, 4: 0.1, 8: 0.1, 16: 99.9, 32: 0.0, '>=64': 0.0 },
        latency_us: { 2: 0.0, 4: 0.0, 10: 0.0, 20: 0.0, 50: 0.0, 100: 0.0, 250: 0.01, 500: 0.1, 750: 0.36, 1000: 1.2 },
        latency_ms: { 2: 18.5, 4: 31.2, 10: 38.9, 20: 8.1, 50: 1.4, 100: 0.2, 250: 0.03, 500: 0.01, 750: 0.0, 1000: 0.0, 2000: 0.0, '>=2000': 0.0 },
        latency_depth: 16,
        latency_target: 0,
        latency_percentile: 100.0,
        latency_window: 0,
      });
    }
  return {
    'fio version': 'fio-3.33',
    timestamp: Math.floor(start / 1000),
    timestamp_ms: start,
    time: new Date(start).toUTCString().replace(/GMT$/, '').replace(',', '').trim(),
    'global options': {
      ioengine: 'libaio',
      direct: '1',
      runtime: '60',
      time_based: '1',
      group_reporting: '0',
      _note: `MADE UP for the Upkeep SCS example (Ceph ${version}, RBD on ${ENV})`,
    },
    jobs,
    disk_util: [
      {
        name: 'rbd0',
        read_ios: 1201934,
        write_ios: 582231,
        read_merges: 0,
        write_merges: 0,
        read_ticks: 9012345,
        write_ticks: 8123456,
        in_queue: 17135801,
        util: 99.9,
      },
    ],
  };
}

// --- rados bench: per-second lines and the summary, three write runs in one file
function radosBench(seed, speed) {
  const r = random(seed);
  const out = [];
  for (let run = 0; run < 3; run++) {
    out.push(
      'hints = 1',
      'Maintaining 16 concurrent writes of 4194304 bytes to objects of size 4194304 for up to 60 seconds or 0 objects',
      `Object prefix: benchmark_data_ceph-osd-${run + 1}_${31337 + run}`,
    );
    out.push('  sec Cur ops   started  finished  avg MB/s  cur MB/s last lat(s)  avg lat(s)');
    out.push('    0       0         0         0         0         0           -           0');
    let finished = 0;
    let sumMb = 0;
    const mbs = [];
    const lats = [];
    for (let sec = 1; sec <= 60; sec++) {
      const cur = Math.max(20, r.normal(520 * speed, 26));
      const objs = Math.round(cur / 4);
      finished += objs;
      sumMb += objs * 4;
      mbs.push(objs * 4);
      const last = Math.max(0.02, r.normal((16 * 4) / (520 * speed), 0.02));
      lats.push(last);
      const avgLat = lats.reduce((s, x) => s + x, 0) / lats.length;
      out.push(
        `${String(sec).padStart(5)}${String(16).padStart(8)}${String(finished + 16).padStart(10)}${String(finished).padStart(10)}${(sumMb / sec).toFixed(3).padStart(10)}${String(objs * 4).padStart(10)}${last.toFixed(5).padStart(12)}${avgLat.toFixed(5).padStart(12)}`,
      );
    }
    const mean = sumMb / 60;
    const sd = Math.sqrt(mbs.reduce((s, x) => s + (x - mean) ** 2, 0) / 59);
    const avgLat = lats.reduce((s, x) => s + x, 0) / lats.length;
    out.push(
      `Total time run:         ${(60 + r.u() * 0.4).toFixed(4)}`,
      `Total writes made:      ${finished}`,
      'Write size:             4194304',
      'Object size:            4194304',
      `Bandwidth (MB/sec):     ${mean.toFixed(3)}`,
      `Stddev Bandwidth:       ${sd.toFixed(4)}`,
      `Max bandwidth (MB/sec): ${Math.max(...mbs)}`,
      `Min bandwidth (MB/sec): ${Math.min(...mbs)}`,
      `Average IOPS:           ${Math.round(mean / 4)}`,
      `Stddev IOPS:            ${(sd / 4).toFixed(4)}`,
      `Max IOPS:               ${Math.max(...mbs) / 4}`,
      `Min IOPS:               ${Math.min(...mbs) / 4}`,
      `Average Latency(s):     ${avgLat.toFixed(6)}`,
      `Stddev Latency(s):      ${(avgLat * 0.3).toFixed(6)}`,
      `Max latency(s):         ${Math.max(...lats).toFixed(6)}`,
      `Min latency(s):         ${Math.min(...lats).toFixed(6)}`,
      'Cleaning up (deleting benchmark objects)',
      `Removed ${finished} objects`,
      `Clean up completed and total clean up time :${(1 + r.u()).toFixed(6)}`,
      '',
    );
  }
  return out.join('\n');
}

// --- a CSV from an `rbd bench` wrapper script: one sample a line
function rbdCsv(version, seed, speed) {
  const r = random(seed);
  const lines = [`# MADE UP for the Upkeep SCS example: rbd bench --io-type write --io-size 4K, Ceph ${version}`, 'metric,value,unit,labels'];
  for (let i = 0; i < 40; i++) lines.push(`rbd_bench_write_ops,${round(r.normal(5200 * speed, 180), 2)},ops/s,image=bench${i % 4};pattern=rand`);
  for (let i = 0; i < 40; i++) lines.push(`rbd_bench_read_ops,${round(r.normal(11800 * speed, 400), 2)},ops/s,image=bench${i % 4};pattern=rand`);
  return `${lines.join('\n')}\n`;
}

// --- Prometheus query_range: ceph_health_status hourly over the observation window
function prometheus(seed, from, days) {
  const r = random(seed);
  const values = [];
  for (let h = 0; h <= days * 24; h++) values.push([(day(from) + h * HOUR) / 1000, r.u() < 0.04 ? '1' : '0']);
  return {
    status: 'success',
    data: { resultType: 'matrix', result: [{ metric: { __name__: 'ceph_health_status', instance: 'ceph-mgr-1:9283', job: 'ceph', cluster: ENV }, values }] },
  };
}

// --- Alertmanager /api/v2/alerts (gettableAlerts) over the same window
const ALERTS = [
  ['CephOSDDown', 'critical', 'OSD osd.{n} is down'],
  ['CephPGsInactive', 'critical', '{n} PGs inactive in pool volumes'],
  ['CephSlowOps', 'warning', 'OSD requests are taking too long to process'],
  ['CephHealthWarning', 'warning', 'Ceph is in the WARNING state'],
  ['CephOSDNearFull', 'warning', 'osd.{n} is near full'],
];
function alertmanager(seed, from, days, count) {
  const r = random(seed);
  const list = [];
  for (let i = 0; i < count; i++) {
    const [name, severity, summary] = ALERTS[Math.floor(r.u() * ALERTS.length)];
    const starts = day(from) + Math.floor(r.u() * days * 24 * HOUR);
    const ends = starts + Math.floor((0.2 + r.u() * 3) * HOUR);
    const n = Math.floor(r.u() * 48);
    list.push({
      annotations: { summary: summary.replace('{n}', String(n)), description: 'MADE UP for the Upkeep SCS example' },
      endsAt: iso(ends),
      fingerprint: Math.floor(r.u() * 2 ** 52)
        .toString(16)
        .padStart(16, '0'),
      receivers: [{ name: 'scs-ops' }],
      startsAt: iso(starts),
      status: { inhibitedBy: [], silencedBy: [], state: 'active' },
      updatedAt: iso(ends),
      generatorURL: `http://prometheus.${ENV}:9090/graph?g0.expr=ceph`,
      labels: {
        alertname: name,
        severity,
        cluster: ENV,
        instance: `ceph-osd-${(n % 6) + 1}:9283`,
        ...(name.includes('OSD') ? { ceph_daemon: `osd.${n}` } : {}),
      },
    });
  }
  return list.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

write(`ceph-${BASE}-tempest.xml`, 'junit', BASE, tempest(BASE, 1611, 6));
write(`ceph-${CAND}-tempest.xml`, 'junit', CAND, tempest(CAND, 1725, 8));
for (let run = 0; run < 3; run++) {
  write(`ceph-${BASE}-fio-run${run + 1}.json`, 'fio', BASE, `${JSON.stringify(fio(BASE, run, 100 + run, 1), null, 2)}\n`);
  write(`ceph-${CAND}-fio-run${run + 1}.json`, 'fio', CAND, `${JSON.stringify(fio(CAND, run, 200 + run, 0.95), null, 2)}\n`);
}
write(`ceph-${BASE}-rados-bench.txt`, 'rados-bench', BASE, radosBench(300, 1));
write(`ceph-${CAND}-rados-bench.txt`, 'rados-bench', CAND, radosBench(301, 0.97));
write(`ceph-${BASE}-rbd-bench.csv`, 'csv', BASE, rbdCsv(BASE, 400, 1));
write(`ceph-${CAND}-rbd-bench.csv`, 'csv', CAND, rbdCsv(CAND, 401, 0.95));
write(`ceph-${BASE}-prometheus.json`, 'prometheus', BASE, `${JSON.stringify(prometheus(500, '2023-01-09', 21))}\n`);
write(`ceph-${CAND}-prometheus.json`, 'prometheus', CAND, `${JSON.stringify(prometheus(501, '2023-02-20', 21))}\n`);
write(`ceph-${BASE}-alerts.json`, 'alertmanager', BASE, `${JSON.stringify(alertmanager(600, '2023-01-09', 21, 9), null, 2)}\n`);
write(`ceph-${CAND}-alerts.json`, 'alertmanager', CAND, `${JSON.stringify(alertmanager(601, '2023-02-20', 21, 11), null, 2)}\n`);
write(
  `ceph-${CAND}-upgrade-trials.csv`,
  'upgrade-trial',
  CAND,
  [
    'from,to,result,duration,notes,date',
    `${BASE},${CAND},failure,2h10m,"MADE UP: cephadm upgrade stalled on a mgr module; rolled back",2023-02-13`,
    `${BASE},${CAND},success,1h35m,"MADE UP: rolling upgrade of the lab cluster (3 mon, 6 osd hosts), no client interruption",2023-02-20`,
    '',
  ].join('\n'),
);
write(
  `ceph-${CAND}-experience.yaml`,
  'experience',
  CAND,
  `# MADE UP for the Upkeep SCS example: operators' reports on Ceph ${CAND}
reports:
  - outcome: upgrade-ok
    severity: info
    date: 2023-02-21
    text: "Lab upgrade from ${BASE} went through in 95 minutes; RGW and RBD clients kept working."
  - outcome: regression
    severity: minor
    date: 2023-03-06
    text: "4k random writes on RBD look a few per cent slower than on ${BASE} in our fio runs."
  - outcome: incident
    severity: major
    date: 2023-01-30
    env: cloud-a
    text: "An OSD host ran out of memory after the upgrade until osd_memory_target was lowered."
`,
);
write(
  `ceph-bugs.csv`,
  'bugs',
  CAND,
  [
    'id,version,severity,status,opened,closed',
    `58001,${CAND},major,open,2023-01-12,`,
    `58154,${CAND},critical,closed,2022-11-08,2023-01-25`,
    `58190,${CAND},minor,open,2023-02-02,`,
    `57733,${BASE},major,closed,2022-10-30,2023-02-06`,
    '',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'README.md'),
  `# Evidence of the SCS example: MADE UP

Every file in this folder is **made up** for the example, by \`scripts/make-scs-evidence.mjs\` (seeded,
rerun by \`npm run example\`). The formats are real — tempest JUnit through subunit2junitxml, \`fio
--output-format=json\` of fio 3.x, \`rados bench\` text, a benchmark CSV, Prometheus \`query_range\` and
Alertmanager \`/api/v2/alerts\` JSON, upgrade trials, experience reports, a bugs CSV — the numbers are
not measurements of any cluster. They compare Ceph ${BASE} (Pacific, the baseline) with ${CAND} (Quincy,
the candidate) in the environment \`${ENV}\`; the candidate's fio and rbd numbers are made about 5 %
slower, so that

    upkeep assess ceph ${CAND} --baseline ${BASE} --env ${ENV} --as-of 2023-03-20 -w examples/scs

answers "not yet" and shows why. \`../evidence.yaml\` lists the files with their kind and tag.
`,
);

const manifest = [
  '# Evidence files of the example (all MADE UP: evidence/README.md), stored by `upkeep evidence sync` and before `upkeep assess`.',
  '# Written by scripts/make-scs-evidence.mjs.',
  'files:',
  ...files.flatMap((f) => [
    `  - file: ${f.file}`,
    `    kind: ${f.kind}`,
    '    product: ceph',
    `    version: ${f.version}`,
    `    env: ${ENV}`,
    `    note: ${NOTE}`,
  ]),
  '',
].join('\n');
writeFileSync(join(ws, 'evidence.yaml'), manifest);
process.stderr.write(`wrote ${readdirSync(dir).length} files to ${dir} and ${join(ws, 'evidence.yaml')}\n`);

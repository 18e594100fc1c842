import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/paths.js';
import { UpkeepError } from '../../core/errors.js';
import type { EvidenceBatch } from '../../core/stability/records.js';
import { EVIDENCE_KINDS, type EvidenceKind, type EvidenceTag } from '../../core/stability/types.js';
import { evidenceParser } from './registry.js';

const sample = (name: string) => join(repoRoot, 'test/fixtures/evidence', name);
const dir = mkdtempSync(join(tmpdir(), 'upkeep-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const TAG: EvidenceTag = { product: 'ceph', version: '17.2.5', cycle: '17', env: 'default' };

async function read(kind: EvidenceKind, path: string, tag: EvidenceTag = TAG, warn?: (m: string) => void): Promise<EvidenceBatch[]> {
  const parser = await evidenceParser(kind);
  const batches: EvidenceBatch[] = [];
  for await (const b of parser.parse({ path, tag, ...(warn ? { warn } : {}) })) batches.push(b);
  return batches;
}

async function refused(kind: EvidenceKind, path: string, tag: EvidenceTag = TAG): Promise<UpkeepError> {
  try {
    await read(kind, path, tag);
  } catch (e) {
    if (e instanceof UpkeepError) return e;
    throw new Error(`expected an UpkeepError, got ${String(e)}`);
  }
  throw new Error('expected an UpkeepError, nothing was thrown');
}

const rows = (batches: EvidenceBatch[]) => batches.flatMap((b) => b.rows as readonly unknown[]);

/** One real (or, for the tabular kinds, made-up) sample per kind: every parser reads its own and refuses every other. */
const SAMPLES: Record<EvidenceKind, string> = {
  junit: 'tempest-subunit2junitxml.xml',
  fio: 'fio-3.39-librbd-seq4kwrite.json',
  'rados-bench': 'rados-bench-write.txt',
  csv: 'samples.csv',
  prometheus: 'prometheus-query-range-up.json',
  alertmanager: 'alertmanager-v2-alerts.json',
  'upgrade-trial': 'upgrade-trials.csv',
  experience: 'experience.yaml',
  bugs: 'bugs.csv',
};

describe('every evidence kind', () => {
  it.each(EVIDENCE_KINDS)('%s reads its sample', async (kind) => {
    expect(rows(await read(kind, sample(SAMPLES[kind]))).length).toBeGreaterThan(0);
  });

  it.each(EVIDENCE_KINDS.flatMap((kind) => EVIDENCE_KINDS.filter((other) => other !== kind).map((other) => [kind, other] as const)))(
    '%s refuses the %s sample with an UpkeepError',
    async (kind, other) => {
      expect((await refused(kind, sample(SAMPLES[other]))).code).toMatch(/^UPK_/);
    },
  );
});

describe('junit', () => {
  it('reads each test case of a tempest run with its class, name, outcome and seconds', async () => {
    const tests = rows(await read('junit', sample('tempest-subunit2junitxml.xml')));
    expect(tests).toHaveLength(8);
    expect(tests[0]).toEqual({
      suite: 'tempest.api.compute.servers.test_create_server.ServersTestJSON',
      name: 'test_host_name_is_same_as_server_name[id-ac1ad47f-984b-4441-9274-c9079b7a0666]',
      outcome: 'passed',
      seconds: 26.109,
    });
  });

  it('reads a teardown failure as a failed case', async () => {
    const tests = rows(await read('junit', sample('tempest-teardown-failure.xml'))) as { name: string; outcome: string }[];
    expect(tests).toHaveLength(11);
    expect(tests.filter((t) => t.outcome === 'failed').map((t) => t.name)).toEqual([
      'tearDownClass (tempest.api.compute.admin.test_aggregates.AggregatesAdminTestJSON)',
    ]);
  });

  it('takes the suite name where a case has no classname, and reads errors and skips', async () => {
    const p = write(
      'pytest.xml',
      '<?xml version="1.0"?><testsuites><testsuite name="scs-compliance"><testcase name="a" time="1"/><testcase name="b"><error message="x"/></testcase><testcase name="c"><skipped/></testcase></testsuite></testsuites>',
    );
    expect(rows(await read('junit', p))).toEqual([
      { suite: 'scs-compliance', name: 'a', outcome: 'passed', seconds: 1 },
      { suite: 'scs-compliance', name: 'b', outcome: 'error', seconds: null },
      { suite: 'scs-compliance', name: 'c', outcome: 'skipped', seconds: null },
    ]);
  });

  it('hands the store test cases in batches, never the whole file at once', async () => {
    const cases = Array.from({ length: 12_000 }, (_, i) => `<testcase classname="c" name="t${i}" time="0.1"/>`).join('\n');
    const batches = await read('junit', write('big.xml', `<testsuite>${cases}</testsuite>`));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...batches.map((b) => b.rows.length))).toBeLessThanOrEqual(6000);
    expect(rows(batches)).toHaveLength(12_000);
  });

  it('refuses an XML bomb at its DOCTYPE, before reading any test case', async () => {
    const bomb = write(
      'bomb.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<testsuite><testcase name="&lol3;"/></testsuite>',
    );
    const e = await refused('junit', bomb);
    expect(e).toMatchObject({ code: 'UPK_EVIDENCE_INPUT', message: expect.stringContaining('DOCTYPE') });
    expect(e.location.line).toBe(6);
  });

  it('refuses an external entity', async () => {
    const xxe = write('xxe.xml', '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>');
    expect((await refused('junit', xxe)).message).toContain('DOCTYPE');
  });

  it('refuses a truncated report and says where it ends', async () => {
    const text = (await import('node:fs')).readFileSync(sample('tempest-teardown-failure.xml'), 'utf8');
    const e = await refused('junit', write('cut.xml', text.slice(0, Math.floor(text.length / 2))));
    expect(e.code).toBe('UPK_EVIDENCE_INPUT');
    expect(e.message).toMatch(/^not well-formed XML: /);
    expect(e.hint).toContain('cut off');
  });

  it('refuses a root that is not a test report, a negative time, and a report without cases', async () => {
    expect((await refused('junit', write('html.xml', '<html><body/></html>'))).message).toContain('<html>');
    expect((await refused('junit', write('neg.xml', '<testsuite><testcase name="a" time="-1"/></testsuite>'))).message).toContain('"-1"');
    expect((await refused('junit', write('none.xml', '<testsuite name="x"></testsuite>'))).message).toContain('no <testcase>');
  });

  it('refuses a file over the stream limit before reading it', async () => {
    process.env.UPKEEP_MAX_STREAM_MB = '0.0001';
    try {
      const e = await refused('junit', sample('tempest-teardown-failure.xml'));
      expect(e).toMatchObject({ code: 'UPK_FILE_UNREADABLE', hint: expect.stringContaining('UPKEEP_MAX_STREAM_MB') });
    } finally {
      delete process.env.UPKEEP_MAX_STREAM_MB;
    }
  });
});

describe('fio', () => {
  it('reads IOPS, bandwidth, mean latencies and completion-latency percentiles of each direction that did I/O', async () => {
    const samples = rows(await read('fio', sample('fio-3.39-librbd-seq4kwrite.json'))) as { metric: string; value: number; unit: string; labels: object }[];
    const by = Object.fromEntries(samples.map((s) => [s.metric, s]));
    expect(by.write_iops).toMatchObject({ value: 1650.185551, unit: 'IOPS' });
    expect(by.write_bw).toMatchObject({ value: 6759160, unit: 'B/s' });
    expect(by.write_clat_mean).toMatchObject({ value: 595989.867203, unit: 'ns' });
    expect(by['write_clat_p99.9']).toMatchObject({ value: 2441216, unit: 'ns' });
    expect(by.write_iops?.labels).toEqual({ job: 'cbt-fio-seq4kwrite-o01-file-0', rw: 'write', bs: '4096', iodepth: '1', numjobs: '1', ioengine: 'rbd' });
    // the job read nothing: no read samples
    expect(samples.some((s) => s.metric.startsWith('read_'))).toBe(false);
  });

  it('refuses fio 2.x output (microseconds under "clat"), saying which version it is', async () => {
    const e = await refused('fio', sample('fio-2.1.11-randread.json'));
    expect(e).toMatchObject({ code: 'UPK_EVIDENCE_INPUT', message: expect.stringContaining('fio-2.1.11') });
    expect(e.hint).toContain('microseconds');
  });

  it('reads the JSON out of output with text around it (--output-format=json,normal)', async () => {
    const json = (await import('node:fs')).readFileSync(sample('fio-3.39-librbd-seq4kwrite.json'), 'utf8');
    const p = write('mixed.txt', `job: (g=0): rw=write\nfio-3.39\nStarting 1 process\n${json}\njob: (groupid=0, jobs=1): err= 0\n  write: IOPS=1650\n`);
    expect(rows(await read('fio', p)).length).toBe(rows(await read('fio', sample('fio-3.39-librbd-seq4kwrite.json'))).length);
  });

  it('refuses a NaN or negative measurement', async () => {
    const doc = JSON.parse((await import('node:fs')).readFileSync(sample('fio-3.39-librbd-seq4kwrite.json'), 'utf8'));
    doc.jobs[0].write.iops = -1;
    expect((await refused('fio', write('neg.json', JSON.stringify(doc)))).message).toContain('negative');
    doc.jobs[0].write.iops = 'nan';
    expect((await refused('fio', write('nan.json', JSON.stringify(doc)))).message).toContain('not a number');
  });
});

describe('rados-bench', () => {
  it('reads the per-second bandwidth and latency lines and the summary of a write run', async () => {
    const samples = rows(await read('rados-bench', sample('rados-bench-write.txt'))) as { metric: string; value: number; labels: Record<string, string> }[];
    expect(samples.filter((s) => s.metric === 'rados_write_cur_mbps')).toHaveLength(12);
    expect(samples.filter((s) => s.metric === 'rados_write_last_latency').map((s) => s.value)).toEqual([3.85778, 3.73332, 3.43131]);
    const summary = Object.fromEntries(samples.filter((s) => !s.labels.sec).map((s) => [s.metric, s.value]));
    expect(summary).toEqual({
      rados_write_bandwidth: 17.4163,
      rados_write_iops: 4,
      rados_write_latency_avg: 3.60507,
      rados_write_latency_max: 3.85778,
      rados_write_latency_min: 0.269438,
    });
  });

  it('reads a read run across its repeated header', async () => {
    const samples = rows(await read('rados-bench', sample('rados-bench-seq-long.txt'))) as { metric: string }[];
    expect(samples.filter((s) => s.metric === 'rados_read_cur_mbps')).toHaveLength(27);
    expect(samples.some((s) => s.metric === 'rados_read_bandwidth')).toBe(true);
  });

  it('refuses a run cut off before its summary', async () => {
    const text = (await import('node:fs')).readFileSync(sample('rados-bench-write.txt'), 'utf8');
    const e = await refused('rados-bench', write('cut.txt', text.slice(0, text.indexOf('Total time run'))));
    expect(e.message).toContain('no summary');
  });
});

describe('csv samples', () => {
  it('reads metric, value, unit and labels, quoted or not', async () => {
    expect(rows(await read('csv', sample('samples.csv')))).toEqual([
      { metric: 'rbd_create_latency', value: 0.412, unit: 's', labels: { pool: 'volumes', run: '1' } },
      { metric: 'rbd_create_latency', value: 0.398, unit: 's', labels: { pool: 'volumes', run: '2' } },
      { metric: 'rbd_create_latency', value: 0.405, unit: 's', labels: { pool: 'volumes', run: '3' } },
    ]);
  });

  it.each([
    ['NaN', 'm,NaN,s', 'not a number'],
    ['a negative sample', 'm,-3,s', 'negative'],
    ['an empty value', 'm,,s', 'not a number'],
    ['a missing unit', 'm,3,', 'no unit'],
  ])('refuses %s at its line', async (_what, line, text) => {
    const e = await refused('csv', write('bad.csv', `metric,value,unit\nok,1,s\n${line}\n`));
    expect(e).toMatchObject({ code: 'UPK_EVIDENCE_INPUT', message: expect.stringContaining(text) });
    expect(e.location.line).toBe(3);
  });

  it('names a misspelt column and the one meant', async () => {
    const e = await refused('csv', write('typo.csv', 'metric,valeu,unit\nm,1,s\n'));
    expect(e.message).toBe('unknown column "valeu"');
    expect(e.hint).toContain('did you mean "value"?');
  });
});

describe('prometheus', () => {
  it('reads each point of each series with its labels and time', async () => {
    const points = rows(await read('prometheus', sample('prometheus-query-range-up.json')));
    expect(points).toHaveLength(6);
    expect(points[0]).toEqual({ metric: 'up', labels: { job: 'prometheus', instance: 'localhost:9090' }, at: '2015-07-01T20:10:30.781Z', value: 1 });
  });

  it('skips NaN points with a warning', async () => {
    const warnings: string[] = [];
    const p = write(
      'nan.json',
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: {},
              values: [
                [1, 'NaN'],
                [2, '0.5'],
              ],
            },
          ],
        },
      }),
    );
    expect(rows(await read('prometheus', p, TAG, (m) => warnings.push(m)))).toEqual([
      { metric: 'value', labels: {}, at: '1970-01-01T00:00:02.000Z', value: 0.5 },
    ]);
    expect(warnings).toEqual([`1 point of ${p} is NaN or infinite and not stored`]);
  });

  it('refuses an instant query and a failed one', async () => {
    const vector = write('vector.json', JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } }));
    expect((await refused('prometheus', vector)).hint).toContain('query_range');
    const failed = write('failed.json', JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error', data: {} }));
    expect((await refused('prometheus', failed)).message).toContain('parse error');
  });
});

describe('alertmanager', () => {
  it('reads each alert by its alertname and severity labels', async () => {
    const alerts = rows(await read('alertmanager', sample('alertmanager-v2-alerts.json')));
    expect(alerts[0]).toEqual({
      name: 'CephHealthWarning',
      severity: 'warning',
      startsAt: '2023-03-14T08:02:42.981Z',
      endsAt: '2023-03-14T09:21:42.981Z',
      labels: { alertname: 'CephHealthWarning', cluster: 'gx-scs', oid: '1.3.6.1.4.1.50495.1.2.1.2.1', severity: 'warning', type: 'ceph_default' },
    });
  });

  it('reads a webhook payload and its zero end time as no end', async () => {
    const p = write(
      'hook.json',
      JSON.stringify({ alerts: [{ labels: { alertname: 'X' }, startsAt: '2023-01-01T00:00:00Z', endsAt: '0001-01-01T00:00:00Z' }] }),
    );
    expect(rows(await read('alertmanager', p))).toEqual([
      { name: 'X', severity: 'none', startsAt: '2023-01-01T00:00:00.000Z', endsAt: null, labels: { alertname: 'X' } },
    ]);
  });
});

describe('upgrade trials, reports and bugs', () => {
  it('reads trials from CSV and YAML with durations in seconds', async () => {
    expect(rows(await read('upgrade-trial', sample('upgrade-trials.csv')))).toEqual([
      { from: '16.2.11', to: '17.2.5', result: 'success', durationSeconds: 6120, notes: 'rolling upgrade with cephadm, 3 mons, 12 OSDs', date: '2023-02-14' },
      { from: '16.2.11', to: '17.2.5', result: 'failure', durationSeconds: 2100, notes: 'MDS stuck in up:replay, rolled back', date: '2023-02-21' },
    ]);
    expect(rows(await read('upgrade-trial', sample('upgrade-trials.yaml')))).toHaveLength(1);
  });

  it('refuses a trial to another version than the file is added for', async () => {
    const e = await refused('upgrade-trial', sample('upgrade-trials.csv'), { ...TAG, version: '17.2.6' });
    expect(e.message).toBe('a trial upgrades to 17.2.5, but the file is added for ceph 17.2.6');
    expect(e.location.line).toBe(2);
  });

  it('reads reports with the file tag and a row env', async () => {
    const reports = rows(await read('experience', sample('experience.yaml'))) as { env: string; severity: string }[];
    expect(reports.map((r) => [r.env, r.severity])).toEqual([
      ['default', 'info'],
      ['gx-scs-staging', 'major'],
    ]);
  });

  it('refuses an unknown severity with the closest one', async () => {
    const e = await refused('experience', write('r.csv', 'outcome,severity,text,date\nincident,critcal,OSD crash,2023-03-01\n'));
    expect(e.message).toBe('severity "critcal" is none of info, minor, major, critical');
    expect(e.hint).toContain('did you mean "critical"?');
  });

  it('reads bugs, an open one without a closed date', async () => {
    const bugs = rows(await read('bugs', sample('bugs.csv')));
    expect(bugs[1]).toEqual({ id: 'EX-102', version: '17.2.5', severity: 'critical', status: 'open', opened: '2023-01-20', closed: null });
  });

  it.each([
    ['a closed bug without its date', 'B1,1.0,minor,closed,2023-01-01,', 'no closed date'],
    ['a bug closed before it opened', 'B1,1.0,minor,closed,2023-02-01,2023-01-01', 'before it was opened'],
    ['an impossible date', 'B1,1.0,minor,open,2023-02-30,', '2023-02-30'],
  ])('refuses %s', async (_what, line, text) => {
    expect((await refused('bugs', write('b.csv', `id,version,severity,status,opened,closed\n${line}\n`))).message).toContain(text);
  });
});

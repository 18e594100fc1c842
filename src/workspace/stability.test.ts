import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { cliTempDirs } from '../../test/temp-dirs.js';
import { thrown } from '../../test/thrown.js';
import { DEFAULT_CRITERIA } from '../core/stability/criteria-schema.js';
import { loadStabilityCriteria } from './stability.js';

const temp = cliTempDirs('upkeep-stability-');

describe('stability.yaml', () => {
  it('is every default when absent or empty', () => {
    const dir = temp();
    expect(loadStabilityCriteria(dir)).toEqual(DEFAULT_CRITERIA);
    writeFileSync(join(dir, 'stability.yaml'), '# nothing yet\n');
    expect(loadStabilityCriteria(dir)).toEqual(DEFAULT_CRITERIA);
  });

  it('of examples/scs spells out exactly the defaults (docs/stability.md documents them)', () => {
    expect(loadStabilityCriteria(join(repoRoot, 'examples/scs'))).toEqual(DEFAULT_CRITERIA);
  });

  it('reads decimals, overrides and keeps the other defaults', () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'stability.yaml'),
      'confidence: 0.99\nbenchmarks:\n  max_regression_percent: 2.5\n  directions: { "fio.*.clat*": lower }\nreports:\n  required: false\n',
    );
    const c = loadStabilityCriteria(dir);
    expect(c.confidence).toBe(0.99);
    expect(c.benchmarks).toEqual({ ...DEFAULT_CRITERIA.benchmarks, maxRegressionPercent: 2.5, directions: { 'fio.*.clat*': 'lower' } });
    expect(c.reports.required).toBe(false);
    expect(c.tests).toEqual(DEFAULT_CRITERIA.tests);
  });

  it('stops at a typo with the file, line and the keys it knows', () => {
    const dir = temp();
    writeFileSync(join(dir, 'stability.yaml'), 'tests:\n  max_drop_point: 2\n');
    const e = thrown(() => loadStabilityCriteria(dir));
    expect(e.code).toBe('UPK_SCHEMA');
    expect(e.location).toMatchObject({ file: join(dir, 'stability.yaml'), line: 2 });
    expect(e.hint).toContain('max_drop_points');
  });

  it('refuses a confidence that is not a probability', () => {
    const dir = temp();
    writeFileSync(join(dir, 'stability.yaml'), 'confidence: 95\n');
    expect(thrown(() => loadStabilityCriteria(dir)).code).toBe('UPK_SCHEMA');
  });
});

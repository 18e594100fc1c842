import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { quincyFacts, scenario } from '../../test/evidence-builders.js';
import type { PlainDate } from '../core/dates.js';
import { assess } from '../core/stability/assess.js';
import { DEFAULT_CRITERIA } from '../core/stability/criteria-schema.js';
import { ASSESS_FORMATS } from './assess-formats.js';

describe('the assessment page', () => {
  it('shows the answer, the criteria, the pass rates with intervals and the distributions side by side as inline SVG', async () => {
    const { candidate, baseline } = scenario(0.95);
    const a = assess(candidate, baseline, DEFAULT_CRITERIA, quincyFacts(), '2023-03-20' as PlainDate);
    const page = await (ASSESS_FORMATS.find((f) => f.id === 'html')?.render(a, { productName: 'Ceph', exitCode: 1 }) ?? Promise.resolve(''));
    const { document } = new JSDOM(page).window;
    expect(document.querySelector('.answer')?.textContent).toContain('not yet stable enough');
    expect(document.querySelectorAll('tbody tr')).toHaveLength(7);
    const figures = [...document.querySelectorAll('figure')].map(
      (f) => f.querySelector('h2, h3, figcaption, [class*=title]')?.textContent ?? f.textContent?.slice(0, 60),
    );
    expect(figures.join(' | ')).toContain('Test pass rate');
    expect(figures.join(' | ')).toContain('fio.randread-4k.read.iops');
    expect(document.querySelectorAll('svg').length).toBeGreaterThanOrEqual(2);
    expect(page).not.toMatch(/<script/);
  });
});

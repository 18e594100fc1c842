import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULES } from '../check/rules/index.js';
import { DEFAULT_POLICY, PolicyFile } from './schema.js';
import { SECTIONS } from './sections.js';
import { policyTemplate } from './template.js';

describe('the sections of policy.yaml that are not rules', () => {
  it.each(SECTIONS.map((s) => [s.id, s] as const))('%s: policy key, default, template and docs line are declared; no findings', (id, section) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(section.key).toBe(id.replaceAll('-', '_'));
    expect(PolicyFile.shape).toHaveProperty(section.key);
    expect(DEFAULT_POLICY).toHaveProperty(section.property, section.fromFile(section.schema(z).parse(undefined) as never));
    expect(section.sets).toMatch(/^[^\n]+$/);
    expect(section.template.comment.length).toBeGreaterThan(0);
    expect(section).not.toHaveProperty('findings');
    expect(policyTemplate('')).toMatch(new RegExp(`\\n${section.key}:( \\{\\})?\\n`));
  });

  it('shares no key with a rule', () => {
    const keys = [...RULES.map((r) => r.key), ...SECTIONS.map((s) => s.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('plan: the planner preferences', () => {
  const plan = (value: unknown) => PolicyFile.safeParse({ plan: value });

  it('defaults to when-needed and keep 0 < patch 1 < minor 10 < major 30; distro package 0 < image 1 < source 5', () => {
    expect(DEFAULT_POLICY.plan).toEqual({
      pointReleaseCycleChange: 'when-needed',
      changeCost: { patch: 1, minor: 10, major: 30, extraCycle: 10 },
      packagingCost: { 'distro-package': 0, 'container-image': 1, 'ansible-collection': 1, other: 1, source: 5 },
    });
  });

  it('reads what is written, the rest at its default', () => {
    const r = plan({ point_release: 'never', change_cost: { major: 50 }, packaging_cost: { source: 20 } });
    expect(r.success).toBe(true);
    expect(r.data?.plan).toMatchObject({ point_release: 'never', change_cost: { patch: 1, minor: 10, major: 50 }, packaging_cost: { source: 20 } });
  });

  it.each([
    ['a bigger step made cheaper (major below minor)', { change_cost: { minor: 40 } }, /patch < minor < major/, ['plan', 'change_cost']],
    ['a free patch (as cheap as keeping)', { change_cost: { patch: 0 } }, /0 \(keep\) < patch/, ['plan', 'change_cost']],
    ['a negative cost', { point_release: 'never', change_cost: { patch: -1 } }, />=0/, ['plan', 'change_cost', 'patch']],
    ['a packaging cost that outweighs a change', { packaging_cost: { source: 100 } }, /<=99/, ['plan', 'packaging_cost', 'source']],
    ['an unknown point-release setting', { point_release: 'sometimes' }, /never|when-needed/, ['plan', 'point_release']],
    ['an unknown packaging', { packaging_cost: { tarball: 3 } }, /tarball/, ['plan', 'packaging_cost']],
  ])('refuses %s, saying where', (_t, value, message, path) => {
    const r = plan(value);
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0];
    expect(issue?.path).toEqual(path);
    expect(JSON.stringify(r.error?.issues)).toMatch(message);
  });
});

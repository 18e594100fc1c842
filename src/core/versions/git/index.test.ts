import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

const SHA = '3d55be0a54dc56d18ef70a7254a2afbc51b463ca';

describe('git pins', () => {
  it.each([SHA, '3d55be0', SHA.toUpperCase(), 'main', 'master', 'stable/zed', 'feature/my-branch', 'HEAD'])(
    '%s is an unversioned pin: reported, never guessed',
    (input) => {
      expect(scheme.parse(input)).toEqual({ raw: input, release: [], cycles: [], stable: false, unversioned: true });
    },
  );

  it.each(['20080701', '1774452086', '1234567890123456789012345678901234567890'])(
    '%s is a number, not a commit: a commit id has at least one letter a–f',
    (input) => {
      expect(scheme.parse(input)).toBeUndefined();
    },
  );

  it.each(['3d55be', 'v1.2.3', '1.2.3', 'bad..name', '/main', 'main/', 'main.lock', 'a b', '.hidden', 'x'.repeat(300)])(
    '%j is neither a SHA nor a branch name',
    (input) => {
      expect(scheme.parse(input)).toBeUndefined();
    },
  );

  it('two pins compare equal only when they are the same text; otherwise by text (meaningless, but stable)', () => {
    expect(scheme.compare(SHA, SHA)).toBe(0);
    expect(scheme.compare('3d55be0', SHA)).toBeLessThan(0);
    expect(scheme.compare('main', '3d55be0')).toBeGreaterThan(0);
  });
});

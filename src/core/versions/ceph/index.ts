import { numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Ceph: the major number is the cycle (`16.2.11` → ["16"], Pacific). Only `x.2.z` is stable;
 * `x.1.z` are release candidates and `x.0.z` development releases. Codenames (`pacific`) name the
 * cycle itself. Container tags `v16.2.11-20230125` keep the build date as a tie-breaking build part.
 */
export const id = 'ceph' satisfies SchemeId;
export const displayName = 'Ceph';
export const urls = ['https://docs.ceph.com/en/latest/releases/', 'https://docs.ceph.com/en/latest/releases/general/'] as const;

/** Codename → major version, from Luminous (12) on. */
export const CODENAMES: ReadonlyMap<string, number> = new Map([
  ['luminous', 12],
  ['mimic', 13],
  ['nautilus', 14],
  ['octopus', 15],
  ['pacific', 16],
  ['quincy', 17],
  ['reef', 18],
  ['squid', 19],
  ['tentacle', 20],
]);

const CEPH = /^v?(\d{1,15})(?:\.(\d{1,15})(?:\.(\d{1,15}))?)?(?:-(\d{1,15}))?$/;
const CODENAME = /^[A-Za-z]{1,20}$/;

export function parse(text: string): ParsedVersion | undefined {
  const m = CEPH.exec(text);
  if (m) {
    const [, major = '', minor, patch, build] = m;
    const release =
      patch !== undefined ? [Number(major), Number(minor), Number(patch)] : minor !== undefined ? [Number(major), Number(minor)] : [Number(major)];
    const stable = minor === undefined || Number(minor) >= 2;
    return version(text, release, [major], { stable, build: build === undefined ? undefined : [Number(build)] });
  }
  if (!CODENAME.test(text)) return undefined;
  const major = CODENAMES.get(text.toLowerCase());
  return major === undefined ? undefined : version(text, [major], [String(major)]);
}

export const scheme = numericScheme({ id, displayName, urls, parse });

import { majorMinorCycles, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * OSISM/Kolla image tags: `major.minor.patch` of the image release, optionally followed by the
 * build date `.YYYYMMDD` (`24.1.2.20240909` → release [24, 1, 2], build [20240909], cycles
 * ["24.1", "24"]). The build date orders rebuilds of the same release; it is not a release part,
 * so ranges on `24.1` are not confused by it. `17.1.0` (no build date) sorts before its rebuilds.
 * Kolla writes calendar versions without the month's zero (OVN 24.09.2 is `24.9.2.20250408`): a
 * minor 1–9 also gives the zero-padded cycle key (["24.9", "24.09", "24"]).
 */
export const id = 'kolla' satisfies SchemeId;
export const displayName = 'Kolla / OSISM image tag';
export const urls = ['https://docs.openstack.org/kolla/latest/', 'https://osism.tech/docs/'] as const;

const KOLLA = /^v?(\d{1,15})\.(\d{1,15})(?:\.(\d{1,15})(?:\.(\d{8}))?)?(?:-([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*))?$/;

export function parse(text: string): ParsedVersion | undefined {
  const m = KOLLA.exec(text);
  if (!m) return undefined;
  const [, major = '', minor = '', patch, buildDate, pre] = m;
  const release = patch === undefined ? [Number(major), Number(minor)] : [Number(major), Number(minor), Number(patch)];
  const cycles = majorMinorCycles(major, minor);
  const padded = /^[1-9]$/.test(minor) ? [cycles[0] ?? '', `${major}.0${minor}`, ...cycles.slice(1)] : cycles;
  return version(text, release, padded, { pre, build: buildDate === undefined ? undefined : [Number(buildDate)] });
}

export const scheme = numericScheme({ id, displayName, urls, parse });

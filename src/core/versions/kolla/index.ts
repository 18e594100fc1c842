import { majorMinorCycles, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * OSISM/Kolla image tags: `major.minor.patch` of the image release, optionally followed by the
 * build date `.YYYYMMDD` (`24.1.2.20240909` → release [24, 1, 2], build [20240909], cycles
 * ["24.1", "24"]). The build date orders rebuilds of the same release; it is not a release part,
 * so ranges on `24.1` are not confused by it. `17.1.0` (no build date) sorts before its rebuilds.
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
  return version(text, release, majorMinorCycles(major, minor), { pre, build: buildDate === undefined ? undefined : [Number(buildDate)] });
}

export const scheme = numericScheme({ id, displayName, urls, parse });

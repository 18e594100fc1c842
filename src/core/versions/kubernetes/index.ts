import { numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Kubernetes releases: `1.27.3`, `v1.27.3` belong to the minor line `1.27` (the only cycle key);
 * `1.28.0-rc.1`, `-alpha.2`, `-beta.0` are pre-releases, not stable. `1.27` alone names the line.
 */
export const id = 'kubernetes' satisfies SchemeId;
export const displayName = 'Kubernetes';
export const urls = ['https://kubernetes.io/releases/version-skew-policy/', 'https://kubernetes.io/releases/'] as const;

const KUBERNETES = /^v?(\d{1,15})\.(\d{1,15})(?:\.(\d{1,15}))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function parse(text: string): ParsedVersion | undefined {
  const m = KUBERNETES.exec(text);
  if (!m) return undefined;
  const [, major = '', minor = '', patch, pre] = m;
  const release = patch === undefined ? [Number(major), Number(minor)] : [Number(major), Number(minor), Number(patch)];
  return version(text, release, [`${major}.${minor}`], { pre });
}

export const scheme = numericScheme({ id, displayName, urls, parse });

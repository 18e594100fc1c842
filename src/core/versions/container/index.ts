import { majorMinorCycles, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Container image tags: a numeric release, optionally after a `v` or an epoch (`5:20.10.23`, ordered
 * by epoch first), optionally followed by a variant (`-alpine`, `-legacy`, `-22.04_beta`) that is
 * ignored for ordering: `10.11.2-alpine` → release [10, 11, 2], cycles ["10.11", "10"].
 * A variant carrying `alpha`/`beta`/`rc`/`dev`/`pre`/`preview`/`snapshot`/`nightly` as a word makes the
 * tag a pre-release (`5.2-22.04_beta`). Moving tags (`latest`, `stable`) are not versions.
 * An image digest (`sha256:51eae83…`) pins an image but names no version: unversioned, never guessed.
 */
export const id = 'container' satisfies SchemeId;
export const displayName = 'Container image tag';
export const urls = ['https://docs.docker.com/reference/cli/docker/image/tag/'] as const;

const TAG = /^(?:(\d{1,9}):)?v?(\d{1,15})(?:\.(\d{1,15}))?((?:\.\d{1,15})*)(?:[-_+~]([0-9A-Za-z][0-9A-Za-z._+~-]*))?$/;
const PRE_WORD = /(?:^|[-_.+~])((?:alpha|beta|rc|dev|pre|preview|snapshot|nightly)(?:\.?\d{1,15})?)(?=$|[-_.+~])/i;

/** OCI digest: algorithm, colon, hex (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests). */
const DIGEST = /^(?:sha256|sha384|sha512):[0-9a-f]{32,128}$/;

/** An image digest (`sha256:51eae83…`): it pins an image, never a version. */
export function isDigest(text: string): boolean {
  return DIGEST.test(text);
}

export function parse(text: string): ParsedVersion | undefined {
  if (DIGEST.test(text)) return { raw: text, release: [], cycles: [], stable: false, unversioned: true };
  const m = TAG.exec(text);
  if (!m) return undefined;
  const [, epoch, major = '', minor, rest = '', variant] = m;
  const release = [Number(major)];
  if (minor !== undefined) release.push(Number(minor));
  if (rest.length > 0) for (const part of rest.slice(1).split('.')) release.push(Number(part));
  const pre = variant === undefined ? undefined : PRE_WORD.exec(variant)?.[1];
  return version(text, release, majorMinorCycles(major, minor), { pre, epoch: epoch === undefined ? undefined : Number(epoch) });
}

export const scheme = numericScheme({ id, displayName, urls, parse });

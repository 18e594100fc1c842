import { majorMinorCycles, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Distribution package versions (Debian/Ubuntu, RPM, Alpine), read as the upstream version they
 * package: `[epoch:]upstream[-revision]`. The epoch orders first (`1:2.33.1-0.1`), the Debian
 * revision or RPM release after the last `-` (`-1~bookworm`, `-0ubuntu1.8`, `-16.el7`, Alpine
 * `-r0`) is packaging and ignored, and so is what follows the upstream's dotted number (`+dfsg`,
 * `p1`, `~3`) unless `~` or a separator introduces a pre-release word (`1.2.3~rc1-1` is rc1).
 * Debian's `+really` convention names the version actually packaged (`2.4+really2.3-1` → 2.3).
 * Cycles are `major.minor` then `major` of the upstream version: `1.28.0-1~bookworm` → 1.28.
 */
export const id = 'distro' satisfies SchemeId;
export const displayName = 'Distribution package version';
export const urls = [
  'https://www.debian.org/doc/debian-policy/ch-controlfields.html#version',
  'https://rpm-software-management.github.io/rpm/manual/spec.html',
  'https://wiki.alpinelinux.org/wiki/APKBUILD_Reference#pkgrel',
] as const;

const EPOCH = /^(\d{1,9}):(.+)$/;
const UPSTREAM = /^v?(\d{1,15})(?:\.(\d{1,15}))?((?:\.\d{1,15})*)([\w.+~-]*)$/;
/** After the dotted number: a letter, `+`, `~` or `_` starts the rest (`8.2p1`, `2.9.14+dfsg`), a dot only before a letter (`1..2` is no version). */
const REST = /^(?:[A-Za-z+~_][\w.+~-]*|\.[A-Za-z][\w.+~-]*)?$/;
const PRE_WORD = /(?:^|[~._+-])((?:alpha|beta|rc|dev|pre|preview|snapshot)(?:\.?\d{1,15})?)(?![A-Za-z])/i;
const REALLY = /\+really(.+)$/;

export function parse(text: string): ParsedVersion | undefined {
  const withEpoch = EPOCH.exec(text);
  const epoch = withEpoch ? Number(withEpoch[1]) : undefined;
  const rest = withEpoch?.[2] ?? text;
  // The revision follows the last hyphen; without one, the whole text is the upstream version.
  const hyphen = rest.lastIndexOf('-');
  let upstream = hyphen > 0 ? rest.slice(0, hyphen) : rest;
  upstream = REALLY.exec(upstream)?.[1] ?? upstream;
  const m = UPSTREAM.exec(upstream);
  if (!m) return undefined;
  const [, major = '', minor, more = '', label = ''] = m;
  if (!REST.test(label)) return undefined;
  const release = [Number(major)];
  if (minor !== undefined) release.push(Number(minor));
  if (more.length > 0) for (const part of more.slice(1).split('.')) release.push(Number(part));
  const pre = PRE_WORD.exec(label)?.[1];
  return version(text, release, majorMinorCycles(major, minor), { pre, epoch });
}

export const scheme = numericScheme({ id, displayName, urls, parse });

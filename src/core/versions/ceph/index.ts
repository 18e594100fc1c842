import { numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Ceph: the major number is the cycle (`16.2.11` → ["16"], Pacific). Only `x.2.z` is stable;
 * `x.1.z` are release candidates and `x.0.z` development releases. Codenames (`pacific`) name the
 * cycle itself. Container tags `v16.2.11-20230125` keep the build date as a tie-breaking build part.
 * Before Infernalis (9) versions were `0.MINOR[.PATCH]`: a named release is its minor (`0.94.10` →
 * ["0.94"], Hammer) and the development releases before it belong to it (`0.93` → ["0.94"]).
 */
export const id = 'ceph' satisfies SchemeId;
export const displayName = 'Ceph';
export const urls = ['https://docs.ceph.com/en/latest/releases/', 'https://docs.ceph.com/en/latest/releases/general/'] as const;

/** Named releases before Infernalis: minor of `0.MINOR` → codename (Ceph's releases.yml, docs). */
const ZERO_RELEASES: ReadonlyMap<number, string> = new Map([
  [48, 'argonaut'],
  [56, 'bobtail'],
  [61, 'cuttlefish'],
  [67, 'dumpling'],
  [72, 'emperor'],
  [80, 'firefly'],
  [87, 'giant'],
  [94, 'hammer'],
]);

/** Codename → cycle key. */
export const CODENAMES: ReadonlyMap<string, string> = new Map([
  ...[...ZERO_RELEASES].map(([minor, name]) => [name, `0.${minor}`] as const),
  ['infernalis', '9'],
  ['jewel', '10'],
  ['kraken', '11'],
  ['luminous', '12'],
  ['mimic', '13'],
  ['nautilus', '14'],
  ['octopus', '15'],
  ['pacific', '16'],
  ['quincy', '17'],
  ['reef', '18'],
  ['squid', '19'],
  ['tentacle', '20'],
]);

const CEPH = /^v?(\d{1,15})(?:\.(\d{1,15})(?:\.(\d{1,15}))?)?(?:-(\d{1,15}))?$/;
const CODENAME = /^[A-Za-z]{1,20}$/;

/** `0.MINOR`: the named release it is, or the one its development led to; none after Hammer. */
function zeroCycle(minor: number): { cycle: string; stable: boolean } | undefined {
  for (const named of ZERO_RELEASES.keys()) if (minor <= named) return { cycle: `0.${named}`, stable: minor === named };
  return undefined;
}

export function parse(text: string): ParsedVersion | undefined {
  const m = CEPH.exec(text);
  if (m) {
    const [, major = '', minor, patch, build] = m;
    const release =
      patch !== undefined ? [Number(major), Number(minor), Number(patch)] : minor !== undefined ? [Number(major), Number(minor)] : [Number(major)];
    const buildPart = { build: build === undefined ? undefined : [Number(build)] };
    if (Number(major) === 0) {
      const zero = minor === undefined ? undefined : zeroCycle(Number(minor));
      return zero && version(text, release, [zero.cycle], { stable: zero.stable, ...buildPart });
    }
    const stable = minor === undefined || Number(minor) >= 2;
    return version(text, release, [major], { stable, ...buildPart });
  }
  if (!CODENAME.test(text)) return undefined;
  const cycle = CODENAMES.get(text.toLowerCase());
  return cycle === undefined ? undefined : version(text, cycle.split('.').map(Number), [cycle]);
}

export const scheme = numericScheme({ id, displayName, urls, parse });

import { numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Ubuntu: `YY.MM` is the cycle and `YY.MM.point` a point release of it (`22.04.3` → ["22.04"]);
 * a trailing ` LTS` (as `lsb_release` prints it) is tolerated. Codenames name the cycle
 * (`jammy`, `Jammy` → release [22, 4], cycles ["22.04"]), from 14.04 Trusty to 26.04 Resolute.
 */
export const id = 'ubuntu' satisfies SchemeId;
export const displayName = 'Ubuntu';
export const urls = ['https://wiki.ubuntu.com/Releases', 'https://ubuntu.com/about/release-cycle'] as const;

/** Codename → `YY.MM`. */
export const CODENAMES: ReadonlyMap<string, string> = new Map([
  ['trusty', '14.04'],
  ['utopic', '14.10'],
  ['vivid', '15.04'],
  ['wily', '15.10'],
  ['xenial', '16.04'],
  ['yakkety', '16.10'],
  ['zesty', '17.04'],
  ['artful', '17.10'],
  ['bionic', '18.04'],
  ['cosmic', '18.10'],
  ['disco', '19.04'],
  ['eoan', '19.10'],
  ['focal', '20.04'],
  ['groovy', '20.10'],
  ['hirsute', '21.04'],
  ['impish', '21.10'],
  ['jammy', '22.04'],
  ['kinetic', '22.10'],
  ['lunar', '23.04'],
  ['mantic', '23.10'],
  ['noble', '24.04'],
  ['oracular', '24.10'],
  ['plucky', '25.04'],
  ['questing', '25.10'],
  ['resolute', '26.04'],
]);

const UBUNTU = /^(\d{2})\.(0[1-9]|1[0-2])(?:\.(\d{1,15}))?(?: LTS)?$/;
const CODENAME = /^[A-Za-z]{1,20}$/;

export function parse(text: string): ParsedVersion | undefined {
  const m = UBUNTU.exec(text);
  if (m) {
    const [, year = '', month = '', point] = m;
    const release = point === undefined ? [Number(year), Number(month)] : [Number(year), Number(month), Number(point)];
    return version(text, release, [`${year}.${month}`]);
  }
  if (!CODENAME.test(text)) return undefined;
  const cycle = CODENAMES.get(text.toLowerCase());
  if (cycle === undefined) return undefined;
  return version(text, [Number(cycle.slice(0, 2)), Number(cycle.slice(3))], [cycle]);
}

export const scheme = numericScheme({ id, displayName, urls, parse });

import { compareText, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * OpenStack series. The cycle key is always the lower-case codename; since 2023.1 a series also has
 * a release id (`2023.1` is Antelope). Accepted: `zed`, `Zed`, `stable-zed`, `stable/zed`,
 * `unmaintained/zed`, `zed-eol`, `zed-em`, `2023.1`, `stable/2023.1`. Order is chronological
 * (zed < antelope); the release part is the series' index. Unknown names are not versions.
 * Project versions (`gnocchi 4.5.0`, `nova 27.1.0`) are SemVer, not this scheme.
 */
export const id = 'openstack' satisfies SchemeId;
export const displayName = 'OpenStack series';
export const urls = ['https://releases.openstack.org/', 'https://governance.openstack.org/tc/reference/release-naming.html'] as const;

/** Series in chronological order, with the release id where the series has one. */
export const SERIES: readonly (readonly [codename: string, releaseId?: string])[] = [
  ['austin'],
  ['bexar'],
  ['cactus'],
  ['diablo'],
  ['essex'],
  ['folsom'],
  ['grizzly'],
  ['havana'],
  ['icehouse'],
  ['juno'],
  ['kilo'],
  ['liberty'],
  ['mitaka'],
  ['newton'],
  ['ocata'],
  ['pike'],
  ['queens'],
  ['rocky'],
  ['stein'],
  ['train'],
  ['ussuri'],
  ['victoria'],
  ['wallaby'],
  ['xena'],
  ['yoga'],
  ['zed'],
  ['antelope', '2023.1'],
  ['bobcat', '2023.2'],
  ['caracal', '2024.1'],
  ['dalmatian', '2024.2'],
  ['epoxy', '2025.1'],
  ['flamingo', '2025.2'],
  ['gazpacho', '2026.1'],
  ['hibiscus', '2026.2'],
  ['indri', '2027.1'],
];

interface Series {
  readonly codename: string;
  readonly index: number;
  readonly release: readonly number[];
  readonly cycles: readonly string[];
}

/** Codename and release id → series. */
const BY_NAME: ReadonlyMap<string, Series> = new Map(
  SERIES.flatMap(([codename, releaseId], index) => {
    const series: Series = { codename, index, release: [index], cycles: [codename] };
    return releaseId === undefined
      ? [[codename, series]]
      : [
          [codename, series],
          [releaseId, series],
        ];
  }),
);

const OPENSTACK = /^(?:(?:stable|unmaintained)[/-])?([A-Za-z]{1,20}|\d{4}\.\d)(?:-(?:eol|em))?$/i;

/** The series a name refers to, or undefined. */
function seriesOf(text: string): Series | undefined {
  const m = OPENSTACK.exec(text);
  return m?.[1] === undefined ? undefined : BY_NAME.get(m[1].toLowerCase());
}

export function parse(text: string): ParsedVersion | undefined {
  const series = seriesOf(text);
  return series === undefined ? undefined : version(text, series.release, series.cycles);
}

/** Chronological series order; keys that name no series sort first, by text. */
export function compareCycles(a: string, b: string): number {
  const seriesA = seriesOf(a);
  const seriesB = seriesOf(b);
  if (seriesA === undefined || seriesB === undefined) {
    if (seriesA !== seriesB) return seriesA === undefined ? -1 : 1;
    return compareText(a, b);
  }
  return seriesA.index - seriesB.index;
}

export const scheme = numericScheme({ id, displayName, urls, parse, compareCycles });

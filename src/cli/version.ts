import { readFileSync } from 'node:fs';

/**
 * The version of package.json. The running module sits two folders below the package root in
 * every build (src/cli/, dist/cli/, dist/bundle/), so the path is fixed.
 */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

import { readFileSync } from 'node:fs';

/** The version of package.json (two folders up in every build: src/server/, dist/server/, dist/bundle/), for the OpenAPI document. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

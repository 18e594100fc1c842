import { commitFiles } from '../files/atomic-write.js';

/** Writes a rendered document (a page, a report) to `path`, whole or not at all. */
export function writeOutput(path: string, content: string): void {
  commitFiles([{ path, content }]);
}

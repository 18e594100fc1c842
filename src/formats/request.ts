import type { ImportRequest, StackReleaseRequest } from './types.js';

/** The release options an importer of stack releases needs (the CLI asks for them by the importer's `release` flag). */
export function releaseOf(request: ImportRequest): StackReleaseRequest {
  if (!request.release) throw new Error('importer of a release called without release options');
  return request.release;
}

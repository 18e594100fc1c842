/**
 * An evidence parser: one folder per kind (`junit/`, `fio/`, …), registered in `registry.ts`.
 * It reads a file and yields its records in batches; the store writes each batch as it comes,
 * inside one transaction per file, so a parser that throws half-way leaves nothing behind.
 */
import type { EvidenceBatch } from '../../core/stability/records.js';
import type { EvidenceKind, EvidenceTag } from '../../core/stability/types.js';

export interface EvidenceInput {
  /** The file to read. */
  readonly path: string;
  /** What the records are about: rows that name another version (an upgrade trial to elsewhere) are refused. */
  readonly tag: EvidenceTag;
  /** Called with the bytes read so far (a progress bar for large files). */
  readonly onProgress?: (bytesRead: number) => void;
  /** Something worth saying that does not stop the import (a skipped NaN point of a series). */
  readonly warn?: (message: string) => void;
}

export interface EvidenceParser {
  readonly kind: EvidenceKind;
  /** Reads the file as a stream (any size up to the stream limit) rather than whole (up to the text limit). */
  readonly streams: boolean;
  parse(input: EvidenceInput): AsyncIterable<EvidenceBatch>;
}

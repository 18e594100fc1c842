/** Where a declaration came from, for messages that point at a file and line. */
export interface SourceRef {
  readonly file?: string;
  readonly line?: number;
}

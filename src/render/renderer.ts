/**
 * One output format of one kind of report: `--format <id>` on the CLI, a media type on the server.
 * Each kind of report has one list of them (check-formats.ts, status-formats.ts in src/web,
 * flavor-check-formats.ts); the CLI's choices, its help and the docs are read from that list.
 */
export interface Renderer<Report, Context> {
  /** The `--format` value. */
  readonly id: string;
  /** One line for the help and the docs. */
  readonly description: string;
  /** For an HTTP reply. */
  readonly mediaType: string;
  /** For a file written with this format, with its dot. */
  readonly extension: string;
  /**
   * The document. Async because an implementation is loaded when first used: the CLI starts
   * without any renderer, and the HTML page loads a DOM only for itself.
   */
  render(report: Report, context: Context): Promise<string>;
}

/** The `--format` values of a list, in its order (the first is the default). */
export function formatIds(renderers: readonly Renderer<never, never>[]): string[] {
  return renderers.map((r) => r.id);
}

/** `  id  description` lines, for a command's help. */
export function formatsHelp(renderers: readonly Renderer<never, never>[]): string {
  const width = Math.max(...renderers.map((r) => r.id.length));
  return `Formats:\n${renderers.map((r) => `  ${r.id.padEnd(width)}  ${r.description}`).join('\n')}`;
}

/** The renderer of `id`; the edge validates the id against `formatIds` first. */
export function rendererOf<R, C>(renderers: readonly Renderer<R, C>[], id: string): Renderer<R, C> {
  const r = renderers.find((x) => x.id === id);
  if (!r) throw new Error(`no renderer "${id}" (one of ${renderers.map((x) => x.id).join(', ')})`);
  return r;
}

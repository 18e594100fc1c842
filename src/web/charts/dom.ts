/**
 * The DOM document charts are rendered with on the server: linkedom's, a light DOM that loads in
 * a fraction of jsdom's time (the dashboard's pages render in a process that starts for them:
 * `upkeep site` builds the SCS site in under 3 s). Loaded on first use; one document serves
 * every chart (Plot's figures are serialized, never attached).
 */
import type { ChartDocument } from './plot.js';

let loading: Promise<ChartDocument> | undefined;

export function chartDocument(): Promise<ChartDocument> {
  loading ??= import('linkedom').then(
    ({ parseHTML }) => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as ChartDocument,
  );
  return loading;
}

import type { CheckReport } from '../core/check/check.js';
import type { Renderer } from '../render/renderer.js';
import { type StatusContext, statusJson, statusTable } from '../render/status-formats.js';

/** The status page: the lifecycle timeline and the findings. The DOM for the chart is made here, only for this format. */
const statusHtml: Renderer<CheckReport, StatusContext> = {
  id: 'html',
  description: 'a self-contained page with the lifecycle timeline',
  mediaType: 'text/html; charset=utf-8',
  extension: '.html',
  render: async (report, c) => {
    const [{ JSDOM }, { renderStatusPage, statusPageModel }] = await Promise.all([import('jsdom'), import('./status-page.js')]);
    const { document } = new JSDOM('').window;
    return renderStatusPage(statusPageModel(report, c.names), document);
  },
};

/** The formats of `upkeep status`, the default first. */
export const STATUS_FORMATS: readonly Renderer<CheckReport, StatusContext>[] = [statusTable, statusJson, statusHtml];

import type { Assessment } from '../core/stability/assessment.js';
import { type AssessContext, assessJson, assessMarkdown, assessTable } from '../render/assess-formats.js';
import type { Renderer } from '../render/renderer.js';

/** The assessment page with its charts; the DOM for the charts is made here, only for this format. */
const assessHtml: Renderer<Assessment, AssessContext> = {
  id: 'html',
  description: 'a self-contained page with the distributions side by side and the pass rates with their intervals',
  mediaType: 'text/html; charset=utf-8',
  extension: '.html',
  render: async (a, c) => {
    const [{ JSDOM }, { renderAssessPage, assessPageModel }] = await Promise.all([import('jsdom'), import('./assess-page.js')]);
    const { document } = new JSDOM('').window;
    return renderAssessPage(assessPageModel(a, c.productName), a, document);
  },
};

/** The formats of `upkeep assess`, the default first. */
export const ASSESS_FORMATS: readonly Renderer<Assessment, AssessContext>[] = [assessTable, assessJson, assessMarkdown, assessHtml];

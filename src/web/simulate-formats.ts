import type { Simulation } from '../core/plan/simulate.js';
import type { Renderer } from '../render/renderer.js';
import { type SimulateContext, simulateJson, simulateTable } from '../render/simulate-formats.js';

/** A DOM for the plot, made only for the formats that draw it. */
async function chartDocument() {
  const { JSDOM } = await import('jsdom');
  return new JSDOM('').window.document;
}

const simulateSvg: Renderer<Simulation, SimulateContext> = {
  id: 'svg',
  description: 'the plot: per cadence releases, upgrades by kind, days outside upstream maintenance, mean cycle age (standalone SVG)',
  mediaType: 'image/svg+xml',
  extension: '.svg',
  render: async (s) => {
    const [document, { cadencesModel, renderCadences }] = await Promise.all([chartDocument(), import('./charts/cadences.js')]);
    return `${renderCadences(cadencesModel(s), document)}\n`;
  },
};

const simulateHtml: Renderer<Simulation, SimulateContext> = {
  id: 'html',
  description: 'a self-contained page: the table and the plot side by side, then each release',
  mediaType: 'text/html; charset=utf-8',
  extension: '.html',
  render: async (s, c) => {
    const [document, { renderSimulatePage, simulatePageModel }] = await Promise.all([chartDocument(), import('./simulate-page.js')]);
    return renderSimulatePage(simulatePageModel(s, c.names), document);
  },
};

/** The formats of `upkeep simulate`, the default first. */
export const SIMULATE_FORMATS: readonly Renderer<Simulation, SimulateContext>[] = [simulateTable, simulateJson, simulateSvg, simulateHtml];

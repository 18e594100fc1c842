import type { Simulation } from '../core/plan/simulate.js';
import type { ProductNames } from './message.js';
import type { Renderer } from './renderer.js';

export interface SimulateContext {
  readonly names: ProductNames;
}

export const simulateTable: Renderer<Simulation, SimulateContext> = {
  id: 'table',
  description: 'one row per cadence (releases, upgrades by kind, days out of maintenance, mean age), then each release',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: async (s, c) => (await import('./simulate-text.js')).renderSimulationTable(s, c.names),
};

export const simulateJson: Renderer<Simulation, SimulateContext> = {
  id: 'json',
  description: 'the simulation as data (schema upkeep.simulate/v1)',
  mediaType: 'application/json',
  extension: '.json',
  render: async (s) => (await import('./simulate-text.js')).renderSimulationJson(s),
};

import type { UpgradePaths } from '../core/paths/paths.js';
import { dataAgeText } from '../render/data-age.js';
import { type PathsContext, pathsJson, pathsMermaid, pathsTable } from '../render/paths-formats.js';
import type { Renderer } from '../render/renderer.js';
import { html, joinHtml } from './html.js';

/** The releases in a row, the upgrades taken as arrows above, the blocked direct jump dashed below. */
export function renderPathsSvg(p: UpgradePaths): string {
  const nodes = [...new Set([p.from, ...(p.path ?? []), ...(p.blocked ? [p.blocked.from] : []), p.to])];
  const x = (r: string) => 60 + nodes.indexOf(r) * 140;
  const width = 120 + (nodes.length - 1) * 140;
  const taken = p.jumps.map(
    (j) =>
      html`<path d="M${x(j.from)},40 Q${(x(j.from) + x(j.to)) / 2},${10} ${x(j.to)},40" fill="none" stroke="#2a7" stroke-width="2"><title>${j.from} → ${j.to}</title></path>`,
  );
  const blocked = [p.direct, ...(p.blocked && p.blocked !== p.direct ? [p.blocked] : [])]
    .filter((j) => !j.allowed)
    .map((j) => {
      const why = j.steps.filter((s) => s.verdict === 'blocked').map((s) => `${s.component} ${s.fromCycle} → ${s.toCycle}`);
      return html`<path d="M${x(j.from)},70 Q${(x(j.from) + x(j.to)) / 2},${110} ${x(j.to)},70" fill="none" stroke="#c33" stroke-width="2" stroke-dasharray="6 4"><title>${j.from} → ${j.to} blocked: ${why.join(', ')}</title></path>
<text x="${(x(j.from) + x(j.to)) / 2}" y="118" text-anchor="middle" fill="#c33">${why.join(', ')}</text>`;
    });
  const boxes = nodes.map(
    (r) =>
      html`<rect x="${x(r) - 40}" y="40" width="80" height="30" rx="4" fill="#eef" stroke="#335"/><text x="${x(r)}" y="60" text-anchor="middle">${r}</text>`,
  );
  return `${html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="130" font-family="sans-serif" font-size="12" role="img"><title>Upgrade path ${p.from} → ${p.to}</title><desc>${dataAgeText(p.dataAge)}</desc>
${joinHtml(taken, '\n')}
${joinHtml(blocked, '\n')}
${joinHtml(boxes, '\n')}
</svg>`}\n`;
}

const pathsSvg: Renderer<UpgradePaths, PathsContext> = {
  id: 'svg',
  description: 'a small SVG chart: the releases, the upgrades taken, the blocked jumps dashed with what blocks them',
  mediaType: 'image/svg+xml',
  extension: '.svg',
  render: async (p) => renderPathsSvg(p),
};

/** The formats of `upkeep paths`, the default first. */
export const PATHS_FORMATS: readonly Renderer<UpgradePaths, PathsContext>[] = [pathsTable, pathsJson, pathsMermaid, pathsSvg];

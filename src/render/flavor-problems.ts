/** The words of the flavor problems (core/flavor/validate.ts facts), for the CLI and the flavor page. */
import type { FlavorProblem } from '../core/flavor/validate.js';

const list = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/** What is wrong with the field, in one sentence (no edge's option names: the CLI adds those). */
export function flavorProblemText(p: FlavorProblem): string {
  switch (p.rule) {
    case 'hypervisor-not-in-syntax':
      return `hypervisor '${p.hypervisor}' has no name in the ${p.version} syntax; the ${list(p.syntaxes)} syntax has one`;
    case 'vram-bandwidth-needs-vram':
      return 'a VRAM bandwidth needs a VRAM size (without one its h reads as compute unit frequency)';
    case 'vram-needs-units':
      return 'a VRAM size needs a compute unit count (without one it reads as the compute unit count)';
    case 'ib-after-bare-gpu':
      return "InfiniBand after a GPU needs the GPU's compute unit count (the reference parser reads '_ib' as part of the GPU generation)";
    case 'grammar':
      return p.failure.message;
    case 'no-round-trip':
      return `the fields do not survive the name ${p.name}: a value contains a separator or is out of range`;
  }
}

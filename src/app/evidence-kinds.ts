/** The evidence kinds and their one-line descriptions, light enough for the CLI's help (no parser loads). */
export { EVIDENCE_KINDS, type EvidenceKind } from '../core/stability/types.js';
export { EVIDENCE_KIND_DESCRIPTIONS } from '../formats/evidence/registry.js';

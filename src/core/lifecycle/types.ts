import type { PlainDate } from '../dates.js';
import type { SourceRef } from '../source-ref.js';
import type { SchemeId } from '../versions/types.js';

/**
 * Support phases, in the order they end. A product publishes the ends it has:
 * endoflife.date `support`/`eoas` → maintained, `eol` → security, `extendedSupport`/`eoes` → extended;
 * OpenStack: maintained → extended maintenance/unmaintained → end of life; Ceph: one end for all.
 */
export const PHASES = ['maintained', 'security', 'extended'] as const;
export type PhaseName = (typeof PHASES)[number];

/** A published end: a date, `true` (ended, date not given) or `false` (no end announced). */
export type EndValue = PlainDate | boolean;

/** The end of one phase: the date announced beforehand and the date it actually ended. */
export interface PhaseEnd {
  readonly announced?: EndValue;
  readonly actual?: PlainDate;
}

export interface PointRelease {
  readonly version: string;
  readonly date: PlainDate;
}

export interface Cycle {
  /** The key versions map to: `16` (Ceph), `zed` (OpenStack), `22.04`, `1.27`. */
  readonly id: string;
  readonly codename?: string;
  /** Other names pins may use for the cycle (`2023.1` for antelope). */
  readonly aliases?: readonly string[];
  readonly released?: PlainDate;
  readonly lts?: boolean;
  /** OpenStack: a SLURP series (skip-level upgrade release process), upgradable to the next SLURP directly. */
  readonly slurp?: boolean;
  readonly ends: Readonly<Partial<Record<PhaseName, PhaseEnd>>>;
  /** Latest patch as published (used when no dated point releases are known). */
  readonly latest?: string;
  readonly latestDate?: PlainDate;
  /** Every point release with its date, when known (Ceph's releases.yml). */
  readonly points?: readonly PointRelease[];
  /** Where the cycle is written (the product file and the entry's line): a finding's evidence. */
  readonly at?: SourceRef;
}

/** Fields a history entry can change, as dot-paths on a cycle. */
const FACT_FIELDS = [
  'released',
  'lts',
  'codename',
  'latest',
  'latestDate',
  'maintained.announced',
  'maintained.actual',
  'security.announced',
  'security.actual',
  'extended.announced',
  'extended.actual',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type FactValue = PlainDate | boolean | string | null;

/** One recorded change: on `recorded`, the field of the cycle became `to` (null: removed). */
export interface Fact {
  readonly recorded: PlainDate;
  readonly cycle: string;
  readonly field: FactField;
  readonly to: FactValue;
  /** Where this was published (a commit, a URL). */
  readonly source?: string;
  /** Where the entry is written (the history file and its line). */
  readonly at?: SourceRef;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly scheme: SchemeId;
  /** Current cycles (the latest file). */
  readonly cycles: readonly Cycle[];
  /**
   * Change history. A (cycle, field) pair named here takes its value from the last entry recorded
   * on or before the as-of date; pairs never named keep their current value. A cycle named here is
   * unknown before its first entry unless its (current) release date has passed.
   */
  readonly history: readonly Fact[];
  readonly sources: readonly string[];
  /** Upstream's own name of each phase (Ubuntu: maintained = "Maintenance & Security Support"). */
  readonly phaseLabels?: Readonly<Partial<Record<PhaseName, string>>>;
  /** How the source's columns map to phases where they mean something else than usual, with the source. */
  readonly phaseNote?: string;
  /** The lifecycle file it was read from. */
  readonly at?: SourceRef;
  /** How SBOMs name the product (endoflife.date `identifiers`); an SBOM's packages are matched through them. */
  readonly identifiers?: ProductIdentifiers;
  /** The lifecycle file's `sync:` key: where `upkeep sync` fetches it from (an importer's format, a URL). */
  readonly sync?: { readonly format?: string; readonly url?: string };
}

/** Names of a product in package ecosystems. */
export interface ProductIdentifiers {
  /** Package URLs without version (`pkg:deb/debian/nginx`, `pkg:docker/library/postgres`). */
  readonly purls: readonly string[];
  /** Repology project names (`rabbitmq-server`): the name distributions package it under. */
  readonly repology: readonly string[];
}

import type { Finding } from '../check/finding.js';
import type { Commitment } from '../commitments/types.js';
import type { PlainDate } from '../dates.js';
import type { DataAge } from '../lifecycle/data-age.js';
import type { ComponentStep } from '../paths/paths.js';
import type { Packaging } from '../workspace.js';

/** How far a chosen version is from the base release's: keep < patch < minor < major. */
export type ChangeKind = 'keep' | 'patch' | 'minor' | 'major';

/** A release as the plan speaks of it. */
export interface PlanRelease {
  readonly id: string;
  readonly date: PlainDate;
  readonly end: PlainDate;
}

/** One version a component could ship, with what the rules say of it. */
export interface Candidate {
  readonly version: string;
  /** Absent for a pin that maps to no cycle (unversioned, no lifecycle): kept as it is. */
  readonly cycle?: string;
  readonly codename?: string;
  /**
   * False when no point release of the cycle is known by the date (only the cycle): the plan
   * means "the cycle's latest point release when the release is built".
   */
  readonly exact: boolean;
  readonly change: ChangeKind;
  /** Cycles moved forward (0 for keep and patch). */
  readonly steps: number;
  /** The end of the horizon's phase, where published. */
  readonly end?: PlainDate;
  /** The cycle's age at the release date (days since its first stable release). */
  readonly ageDays?: number;
  /** Stable point releases of the cycle published by the release date (as known on the as-of date). */
  readonly pointReleases?: number;
  /** What the single-pin rules of the registry say (the same as `check` on the planned release). */
  readonly findings: readonly Finding[];
  /** How this version reaches the stack (the component's packaging, or its `packaging_by_version` entry). */
  readonly packaging?: Packaging;
  /** The policy's `plan.packaging_cost` of that packaging (paid when the version changes). */
  readonly packagingCost?: number;
  /** Set when a `packaging_by_version` entry decided the packaging (it differs by version). */
  readonly packagingByVersion?: true;
  /** Where that entry says it is known from. */
  readonly packagingSource?: string;
  /** Preference cost (change + packaging), as the solver's last objective counts it. */
  readonly cost: number;
  /** Set when the policy's `point_release` section does not allow this candidate in a point release. */
  readonly notInPointRelease?: boolean;
}

/** Why a candidate that was not chosen lost. */
export type Rejection =
  /** Rules of the registry at error or warning severity. */
  | {
      readonly kind: 'rules';
      readonly rules: readonly string[];
      readonly severity: 'error' | 'warning';
      /** It and the chosen version both run out before the end: by how many days each falls short. */
      readonly shortfall?: { readonly days: number; readonly chosenDays: number };
      /** It falls short by fewer days than the chosen one: the warnings that weighed against it. */
      readonly warnings?: readonly string[];
    }
  /** A compatibility rule with the versions chosen for the other components. */
  | { readonly kind: 'compatibility'; readonly ruleId: string; readonly with: readonly string[] }
  /** Not allowed within a point release (policy `plan.point_release`). */
  | { readonly kind: 'point-release' }
  /** It qualifies, but costs more (a bigger change, more cycles, dearer packaging). */
  | { readonly kind: 'preference'; readonly cost: number; readonly chosenCost: number };

export interface RejectedCandidate {
  readonly candidate: Candidate;
  readonly because: Rejection;
}

/** Why the chosen version: data, worded by src/render/plan-*.ts. */
export type Reason =
  /** The base's version qualifies: kept (the policy's "keep old versions"). */
  | { readonly kind: 'keep-qualifies'; readonly end?: PlainDate; readonly daysAfterEnd?: number }
  /** The base's version breaks rules of the registry: the reason to change. */
  | { readonly kind: 'keep-breaks'; readonly findings: readonly Finding[] }
  /** A compatibility rule forced this choice, given another component's chosen version. */
  | { readonly kind: 'required-by'; readonly ruleId: string; readonly by: readonly string[] }
  /** The chosen version's own standing: maintained until, mature by. */
  | {
      readonly kind: 'chosen';
      readonly end?: PlainDate;
      readonly daysAfterEnd?: number;
      /** It breaks the horizon, as do other candidates, but falls short by the fewest days (of `of` candidates that break it). */
      readonly longest?: { readonly daysShort: number; readonly of: number };
      readonly ageDays?: number;
      readonly pointReleases?: number;
      readonly exact: boolean;
    }
  /** Nothing better qualifies: the chosen version still breaks these rules (a gap, see options). */
  | { readonly kind: 'still-breaks'; readonly findings: readonly Finding[] }
  /** No lifecycle, an unversioned or unknown pin: kept as it is, nothing to choose from. */
  | { readonly kind: 'not-planned'; readonly state: string };

export interface PlannedComponent {
  readonly component: string;
  readonly product?: string;
  readonly from: { readonly version: string; readonly cycle?: string; readonly codename?: string };
  readonly to: Candidate;
  readonly change: ChangeKind;
  readonly reasons: readonly Reason[];
  /** Candidates not chosen, for components that change (and for kept ones that break rules). */
  readonly rejected: readonly RejectedCandidate[];
  /** Whether the planner chose among candidates (false: kept as is, no lifecycle to choose by). */
  readonly planned: boolean;
}

/** One way to handle a component whose maintenance runs out, with its cost. */
export type GapOption =
  | {
      readonly kind: 'upgrade';
      readonly candidate: Candidate;
      /** Days until it meets the maturity rules (0: it already does). */
      readonly maturityGapDays: number;
      /** Rules it still breaks. */
      readonly breaks: readonly string[];
      readonly changes: number;
    }
  | {
      readonly kind: 'backports';
      /** Own backports from the upstream end until the release's end plus the margin. */
      readonly from: PlainDate;
      readonly until: PlainDate;
      readonly days: number;
      /** Upstream point releases that many days would have brought, at the cycle's pace (undefined: no dated point releases). */
      readonly pointReleases?: number;
      readonly paceDays?: number;
      /** A live commitment of commitments.yaml that already promises them (community backports, a partner). */
      readonly commitment?: Commitment;
      readonly changes: 0;
    }
  | { readonly kind: 'announce'; readonly from: PlainDate; readonly until: PlainDate; readonly days: number; readonly changes: 0 };

/** A component whose base cycle breaks the horizon, with the options the board weighs. */
export interface Gap {
  readonly component: string;
  readonly version: string;
  /** Absent for a pin that maps to no cycle (unversioned, no lifecycle): kept as it is. */
  readonly cycle?: string;
  readonly codename?: string;
  /** The rule the base version breaks (`horizon`, `ended`). */
  readonly rule: string;
  /** The upstream end of the horizon's phase. */
  readonly end?: PlainDate;
  readonly options: readonly GapOption[];
  /** The option the plan takes (`upgrade` when it changes the cycle, else `backports`). */
  readonly chosen: GapOption['kind'];
}

export interface Plan {
  readonly workspace: string;
  readonly asOf: PlainDate;
  readonly release: PlanRelease;
  readonly base: PlanRelease;
  readonly point: boolean;
  readonly components: readonly PlannedComponent[];
  /** What the rules say of the planned release (as `check` would). */
  readonly findings: readonly Finding[];
  readonly gaps: readonly Gap[];
  /** `qualifies`: no error finding in the plan; `gaps`: the best plan still breaks rules at error. */
  readonly status: 'qualifies' | 'gaps';
  readonly counts: { readonly keep: number; readonly patch: number; readonly minor: number; readonly major: number };
  /** Size of the 0-1 program and its optimum per objective (errors, warnings, preferences). */
  readonly model: { readonly variables: number; readonly rows: number; readonly optimum: readonly number[] };
  /** Steps of the plan's components that its upgrade rule does not allow in one upgrade from the base (src/core/paths). */
  readonly notOneUpgrade: readonly ComponentStep[];
  /** Products whose lifecycle has no history: today's file is used, cycles released after the as-of date left out. */
  readonly currentBasis: readonly string[];
  /** How old the lifecycle data is on the as-of date. */
  readonly dataAge: DataAge;
}

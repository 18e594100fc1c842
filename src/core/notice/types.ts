import type { Finding } from '../check/finding.js';
import type { Commitment, Maintainer, Scope, Waiver } from '../commitments/types.js';
import type { PlainDate } from '../dates.js';
import type { PhaseName } from '../lifecycle/types.js';

/** Who a notice is for: the release team (everything, with evidence), operators (what to do by when), the public (the promise table). */
export const AUDIENCES = ['internal', 'operators', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface NoticeQuery {
  readonly audience: Audience;
  readonly asOf: PlainDate;
  /** Only these releases; default every release not ended on the as-of date (all when each has ended). */
  readonly releases?: readonly string[];
  /** Only the components of these products (`ceph`, `openstack`): one calendar for a chosen set. */
  readonly products?: readonly string[];
}

/** A pinned cycle, as every part of a notice names it. */
export interface PinnedCycle {
  readonly release: string;
  readonly component: string;
  readonly product: string;
  /** The product's display name (`Ceph`). */
  readonly productName: string;
  readonly version: string;
  readonly cycle: string;
  readonly codename?: string;
}

/** One row of the maintenance-promise table: who maintains a pinned cycle, what, until when. */
export interface PromiseRow extends PinnedCycle {
  readonly by: Maintainer;
  readonly partner?: string;
  readonly scope: Scope;
  /** The last day; absent: no end announced (`open`) or none published. */
  readonly until?: PlainDate;
  readonly open?: boolean;
  /** The promise lasts until the release's planned end. */
  readonly coversRelease: boolean;
  readonly link?: string;
  readonly note?: string;
}

/** The end of upstream maintenance (the policy's horizon phase) of a pinned cycle. */
export interface MaintenanceEnd extends PinnedCycle {
  readonly phase: PhaseName;
  /** The end as known on the as-of date; absent for an end passed without a published date. */
  readonly end?: PlainDate;
  readonly basis: 'actual' | 'announced' | 'none';
  readonly releaseEnd: PlainDate;
  /** Upstream stops before the release's planned end: something must be done by `end`. */
  readonly beforeReleaseEnd: boolean;
  /** Since when this end is known: the history entry that set it, else the release date. */
  readonly knownSince: PlainDate;
  /** Where the date was published (history entry's source). */
  readonly source?: string;
  /** A live commitment taking over after upstream (community backports, a partner). */
  readonly commitment?: Commitment;
  readonly covered: boolean;
  /** A later release of the workspace that moves the component to another cycle (R4.1 ships OVS 3.1). */
  readonly upgradeIn?: { readonly release: string; readonly date: PlainDate; readonly version: string };
  /** What the planner chooses for the next point release (internal and operators). */
  readonly plan?: { readonly version: string; readonly cycle?: string; readonly codename?: string; readonly change: string };
}

/** A published end that changed in the lifecycle history: "moved from 2023-06-01 to 2023-10-01". */
export interface EndChange {
  readonly product: string;
  readonly productName: string;
  readonly cycle: string;
  readonly codename?: string;
  readonly phase: PhaseName;
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** `announced`: a new announcement; `actual`: it really ended then. */
  readonly basis: 'announced' | 'actual';
  readonly recorded: PlainDate;
  readonly source?: string;
  /** The releases of the notice that pin the cycle. */
  readonly releases: readonly string[];
}

/** A component upgrade a later release of the workspace makes (R4 → R4.1: OVS 3.0.1 → 3.1.1). */
export interface PlannedUpgrade {
  readonly release: string;
  readonly date: PlainDate;
  readonly fromRelease: string;
  readonly component: string;
  readonly product: string;
  readonly productName: string;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly fromCycle?: string;
  readonly toCycle?: string;
}

/** An entry of the Atom feed; `id` is made from what it says, so a reader shows only what is new. */
export type FeedItem =
  | { readonly kind: 'end'; readonly end: MaintenanceEnd }
  | { readonly kind: 'moved'; readonly change: EndChange }
  | { readonly kind: 'upgrade'; readonly upgrade: PlannedUpgrade }
  | { readonly kind: 'commitment'; readonly row: PromiseRow }
  | { readonly kind: 'finding'; readonly finding: Finding };

export interface FeedEntry {
  /** Stable: derived from the entry's content identity (`urn:upkeep:SCS:end:R4:ceph:16:maintained:2023-06-01`). */
  readonly id: string;
  /** From the data's dates (when it became known), never the clock. */
  readonly updated: PlainDate;
  readonly item: FeedItem;
}

/** An event of the calendar: an end of maintenance, or a planned upgrade. */
export type CalendarItem =
  | { readonly kind: 'end'; readonly ends: readonly MaintenanceEnd[] }
  | { readonly kind: 'upgrade'; readonly release: string; readonly upgrades: readonly PlannedUpgrade[] };

export interface CalendarEvent {
  /** Stable across runs and dates: the same event keeps its UID when its date moves (calendars then move it). */
  readonly uid: string;
  readonly date: PlainDate;
  readonly item: CalendarItem;
}

/** Hook for issue 16 (stability verdicts): a verdict on a candidate, shown to internal readers. Empty until then. */
export interface NoticeVerdict {
  readonly product: string;
  readonly version: string;
  readonly verdict: string;
}

/** Everything a notice says, as data; the formats (src/render/notice-*.ts) word it per audience. */
export interface NoticeView {
  readonly workspace: string;
  readonly audience: Audience;
  readonly asOf: PlainDate;
  readonly releases: readonly { readonly id: string; readonly version?: string; readonly date: PlainDate; readonly end: PlainDate }[];
  readonly products?: readonly string[];
  /** Product id → display name, for the findings' sentences. */
  readonly names: Readonly<Record<string, string>>;
  readonly promises: readonly PromiseRow[];
  readonly ends: readonly MaintenanceEnd[];
  readonly moves: readonly EndChange[];
  readonly upgrades: readonly PlannedUpgrade[];
  /** Internal: every finding with its evidence; operators: errors and warnings; public: none. */
  readonly findings: readonly Finding[];
  /** Internal: the waivers of the releases. */
  readonly waivers: readonly Waiver[];
  readonly verdicts: readonly NoticeVerdict[];
  readonly feed: readonly FeedEntry[];
  readonly events: readonly CalendarEvent[];
}

import type { PlainDate } from '../dates.js';
import type { SourceRef } from '../source-ref.js';

/** Who keeps a component of a release maintained: upstream itself, the community's backports, a partner's offer. */
export const MAINTAINERS = ['upstream', 'community', 'partner'] as const;
export type Maintainer = (typeof MAINTAINERS)[number];

/** What is fixed: security fixes only, or bug fixes (which include security fixes). */
export const SCOPES = ['security', 'bug-fixes'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * A maintenance promise of commitments.yaml: who maintains a component of a release (and of its
 * point releases: R4 covers R4.1), what scope, until when. `cycle` narrows it to the pins of one
 * cycle (Ceph Pacific, not the Quincy alternative).
 */
export interface Commitment {
  readonly release: string;
  readonly component: string;
  /** The cycle's id as the product names it (`16`), when the commitment is for one cycle. */
  readonly cycle?: string;
  readonly by: Maintainer;
  /** The partner's name (`by: partner`). */
  readonly partner?: string;
  readonly scope: Scope;
  /** First day of the promise; default the release date. */
  readonly from?: PlainDate;
  readonly until: PlainDate;
  readonly link?: string;
  readonly note?: string;
  readonly at?: SourceRef;
}

/** An accepted finding: the rule's finding for that component of that release is waived until `expires`. */
export interface Waiver {
  readonly release: string;
  readonly component: string;
  /** The finding's `rule` (docs/policy.md), e.g. `ended`, `maturity-age`. */
  readonly rule: string;
  readonly reason: string;
  readonly owner: string;
  readonly expires: PlainDate;
  readonly at?: SourceRef;
}

/** What a finding carries when a live waiver accepts it: shown as waived, not counted for the exit code. */
export type Waived = Pick<Waiver, 'reason' | 'owner' | 'expires' | 'at'>;

import type {} from 'fastify';
import type { Role, Store } from '../app/access-tokens.js';
import { type PlainDate, UpkeepError } from '../app/index.js';
import type { Workspace, WorkspaceSource } from '../app/workspace-input.js';
import type { StatusCache } from './status-cache.js';

/** Who may call a route: anyone who may read (everyone, or any token with `--private`), or a token with at least this role. */
export type Access = 'read' | Role | 'public';

/** The token a request came with. */
export interface Actor {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (src/server/auth.ts); every route of the API says it. */
    access?: Access;
    /**
     * The route answers browsers with HTML (the dashboard's pages): its errors are an HTML page too,
     * with the status, what is wrong and what to do.
     */
    html?: boolean;
    /**
     * A browser form may post here (application/x-www-form-urlencoded) with its token in a `token`
     * field instead of the Authorization header: the token is checked once the body is read.
     */
    formToken?: boolean;
  }
  interface FastifyRequest {
    /** The token's owner, when the request carried a valid token. */
    actor?: Actor;
  }
}

/** What every route group is given: the workspace served, the store, the clock, the caches. */
export interface ServerContext {
  readonly source: WorkspaceSource;
  readonly store: Store;
  /** Today, for routes without `asOf` (the one place the server reads the clock). */
  readonly today: () => PlainDate;
  /** Reads need a token too. */
  readonly private: boolean;
  readonly status: StatusCache;
  /** Writes per client (per token, else per address) and window (@fastify/rate-limit's route options); reads are not limited. */
  readonly writeLimit: { readonly max: number; readonly timeWindow: number };
  /** Whether the server is shutting down (readyz says so; the proxy stops sending). */
  readonly closing: () => boolean;
  /**
   * The stability verdict of each candidate assessed through `GET /api/assess` since the process
   * started (keyed product, candidate, baseline, env), for /metrics.
   */
  readonly verdicts: Map<string, AssessedVerdict>;
}

/** One assessment made through the API: what /metrics reports as `upkeep_candidate_verdict`. */
export interface AssessedVerdict {
  readonly product: string;
  readonly candidate: string;
  readonly baseline: string;
  /** The environment the evidence was narrowed to, or `all`. */
  readonly env: string;
  readonly verdict: string;
  readonly asOf: PlainDate;
}

/** The audit log's name of an actor: `token 3 (ci-bot)`. */
export function actorName(actor: Actor | undefined): string {
  return actor ? `token ${actor.id} (${actor.name})` : 'anonymous';
}

/** The workspace state a request answers from (loaded on the first request if `serve` did not load it first). */
export async function served(ctx: ServerContext): Promise<Workspace> {
  if (ctx.closing()) throw new UpkeepError('UPK_NOT_READY', 'the server is shutting down', 'retry on another replica');
  return ctx.source.current() ?? (await ctx.source.load());
}

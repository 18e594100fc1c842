import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import helmet, { type HelmetOptions } from 'helmet';
import type { Store } from '../app/access-tokens.js';
import { type PlainDate, UpkeepError } from '../app/index.js';
import type { WorkspaceSource } from '../app/workspace-input.js';
import { registerAccess } from './auth.js';
import type { ServerContext } from './context.js';
import { registerErrorHandling } from './errors.js';
import { createMetrics, type ServerMetrics } from './metrics.js';
import { adminRoutes } from './routes/admin.js';
import { assessRoutes } from './routes/assess.js';
import { evidenceRoutes } from './routes/evidence.js';
import { lifecycleRoutes } from './routes/lifecycles.js';
import { noticeRoutes } from './routes/notices.js';
import { operationRoutes } from './routes/operations.js';
import { planRoutes } from './routes/plans.js';
import { releaseRoutes } from './routes/releases.js';
import { reportRoutes } from './routes/reports.js';
import { StatusCache } from './status-cache.js';
import { packageVersion } from './version.js';

export interface AppDeps {
  /** The workspace served (src/app/workspace-input.ts `openServedWorkspace`). */
  readonly workspace: WorkspaceSource;
  readonly store: Store;
  /** Reads need a token too (`upkeep serve --private`). Default false: reads are public. */
  readonly private?: boolean;
  /** Today (default: the server's local date). Tests fix it. */
  readonly today?: () => PlainDate;
  /** pino options, or false (tests). Default: info-level JSON logs with request ids. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 1 MiB); a larger one is refused with 413. */
  readonly bodyLimit?: number;
  /** Writes a client may make per window (default 120 a minute). */
  readonly writeLimit?: { readonly max: number; readonly timeWindow: number };
  /**
   * The dashboard's pages (HTML), mounted as they are: a plugin registered with the app's context.
   * Pages set their own Content-Security-Policy (with their script hashes) on their replies.
   */
  readonly pages?: FastifyPluginAsync<{ ctx: ServerContext }>;
}

/** Today in the server's local time zone, as the CLI reads it. */
/** The headers helmet sets with these options, as a name → value record (its middleware run once on a response that records them). */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: () => undefined,
  };
  helmet(options)({} as never, recorder as never, (e?: unknown) => {
    if (e) throw e;
  });
  return headers;
}

function localToday(): PlainDate {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}` as PlainDate;
}

/** The app and what `serve` needs to run it (the metrics, to count reloads; the context, to mark shutdown). */
export interface UpkeepApp {
  readonly app: FastifyInstance;
  readonly ctx: ServerContext;
  readonly metrics: ServerMetrics;
  /** Marks the server as closing: /readyz answers 503, requests in flight finish. */
  readonly beginClose: () => void;
}

let requestCounter = 0;

/**
 * The Upkeep HTTP app, not listening (tests call `app.inject`; `upkeep serve` listens). Every route
 * group is a plugin given the same context; every route says who may call it (src/server/auth.ts)
 * and carries zod schemas that validate it and make the OpenAPI document at /openapi.json.
 */
export async function buildApp(deps: AppDeps): Promise<UpkeepApp> {
  let closing = false;
  const ctx: ServerContext = {
    source: deps.workspace,
    store: deps.store,
    today: deps.today ?? localToday,
    private: deps.private ?? false,
    status: new StatusCache(),
    writeLimit: deps.writeLimit ?? { max: 120, timeWindow: 60_000 },
    closing: () => closing,
    verdicts: new Map(),
  };
  const app = Fastify({
    logger: deps.logger ?? { level: 'info' },
    bodyLimit: deps.bodyLimit ?? 1024 * 1024,
    // a proxy's request id is kept (x-request-id), else one is made: logs and error replies quote it
    requestIdHeader: 'x-request-id',
    genReqId: () => `req-${process.pid.toString(36)}-${(++requestCounter).toString(36)}`,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  // helmet's security headers, computed once: @fastify/helmet builds helmet's middleware again (and
  // parses the policy) on every request, a tenth of a cached status request's time
  const security = securityHeaders({
    // JSON needs no sources at all; pages set their own policy with their hashes
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(security);
    done();
  });
  await app.register(fastifyRateLimit, {
    global: false,
    keyGenerator: (request) => request.headers.authorization ?? request.ip,
    errorResponseBuilder: (_request, c) =>
      new UpkeepError('UPK_RATE_LIMITED', `more than ${c.max} writes in ${c.after}`, `wait ${c.after} and retry (the Retry-After header says when)`),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Upkeep',
        version: packageVersion(),
        description:
          'Keep a cloud stack inside upstream maintenance: releases and their status as known on a date, lifecycles, plans, upgrade paths, evidence and experience reports. Reads are public unless the server runs with --private; writes need a token (`upkeep token create --role reporter|maintainer|admin`).',
      },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'a token of `upkeep token create`' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  registerAccess(app, ctx);
  // while closing, a reply ends its connection: a keep-alive connection would hold the shutdown for its timeout (72 s)
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  const metrics = createMetrics(ctx);
  await app.register(operationRoutes, { ctx, metrics });
  await app.register(releaseRoutes, { ctx });
  await app.register(lifecycleRoutes, { ctx });
  await app.register(planRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(evidenceRoutes, { ctx });
  await app.register(adminRoutes, { ctx });
  await app.register(noticeRoutes, { ctx });
  await app.register(assessRoutes, { ctx });
  if (deps.pages) await app.register(deps.pages, { ctx });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.ready();
  return {
    app,
    ctx,
    metrics,
    beginClose: () => {
      closing = true;
    },
  };
}

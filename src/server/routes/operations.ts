import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import { ErrorReply } from '../errors.js';
import type { ServerMetrics } from '../metrics.js';

/** Health, readiness and metrics: public, for the orchestrator and Prometheus. */
export const operationRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext; metrics: ServerMetrics }> = async (app, { ctx, metrics }) => {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'The workspace is loaded and the server is not shutting down: send traffic',
        response: { 200: z.object({ status: z.literal('ready'), workspace: z.string(), store: z.string() }), 503: ErrorReply },
      },
    },
    async (_request, reply) => {
      const ws = ctx.source.current();
      if (ctx.closing() || !ws)
        return reply.code(503).send({
          error: 'UPK_NOT_READY',
          message: ctx.closing() ? 'the server is shutting down' : 'the workspace is not loaded yet',
          details: { hint: 'retry shortly, or on another replica', problems: [] },
        });
      return { status: 'ready' as const, workspace: ws.name, store: ctx.store.backend };
    },
  );

  app.get(
    '/metrics',
    {
      // a read like the others: public unless `--private` (Prometheus then sends a bearer token)
      config: { access: 'read' },
      schema: { tags: ['operations'], summary: 'Prometheus metrics (text format 0.0.4)', response: { 200: z.string() } },
    },
    async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lifecycle, listProducts } from '../../app/lifecycles.js';
import { type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { AsOfQuery, asOfDate, Id } from '../schemas.js';

const PHASE_STATES = ['future', 'maintained', 'security', 'extended', 'ended', 'unknown'] as const;
const End = z.union([z.string(), z.boolean()]).nullable();

const Product = z.object({
  id: z.string(),
  name: z.string(),
  scheme: z.string(),
  cycles: z.number().int(),
  history: z.number().int(),
  sources: z.array(z.string()),
});

const Lifecycle = z.object({
  product: z.string(),
  name: z.string(),
  asOf: z.string(),
  basis: z.enum(['history', 'current']),
  cycles: z.array(
    z.object({
      id: z.string(),
      codename: z.string().nullable(),
      released: z.string().nullable(),
      lts: z.boolean(),
      phase: z.enum(PHASE_STATES),
      ends: z.object({ maintained: End, security: End, extended: End }).describe('date, true (ended, no date), false (no end announced), null (not published)'),
      latest: z.string().nullable(),
    }),
  ),
});

/** The products the workspace has lifecycles of, and each one's cycles as known on a date. */
export const lifecycleRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/products',
    {
      config: { access: 'read' },
      schema: { tags: ['lifecycles'], summary: 'The products with a lifecycle in the workspace', response: { 200: z.array(Product) } },
    },
    async () => listProducts({ workspace: await served(ctx) }),
  );

  app.get(
    '/api/products/:id/lifecycle',
    {
      config: { access: 'read' },
      schema: {
        tags: ['lifecycles'],
        summary: "A product's cycles as known on a date, each with its phase then",
        params: z.object({ id: Id }),
        querystring: AsOfQuery,
        response: { 200: Lifecycle, 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request) => lifecycle({ workspace: await served(ctx), product: request.params.id, asOf: asOfDate(ctx, request.query.asOf) }),
  );
};

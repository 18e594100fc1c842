import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listReleases } from '../../app/lifecycles.js';
import { CheckOutput } from '../../render/schema.js';
import { type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { sendJsonBody } from '../json-text.js';
import { AsOfQuery, asOfDate, Id } from '../schemas.js';

const Release = z.object({
  id: z.string(),
  version: z.string().nullable(),
  date: z.string(),
  end: z.string(),
  pins: z.number().int(),
  alternatives: z.number().int(),
});

const Finding = CheckOutput.shape.findings.element;
const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * The releases and their status as known on a date: the document of `upkeep status --format json`
 * (docs/json-output.md), precomputed per workspace state and date (src/server/status-cache.ts).
 */
export const releaseRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/releases',
    {
      config: { access: 'read' },
      schema: {
        tags: ['releases'],
        summary: 'The stack releases of the workspace, oldest first',
        response: { 200: z.object({ workspace: z.string(), releases: z.array(Release) }), 503: ErrorReply },
      },
    },
    async () => listReleases({ workspace: await served(ctx) }),
  );

  app.get(
    '/api/status',
    {
      config: { access: 'read' },
      schema: {
        tags: ['releases'],
        summary: 'Every release with its pins, their phase and the findings, as known on a date (upkeep status --format json)',
        querystring: AsOfQuery,
        response: { 200: CheckOutput, 400: ErrorReply },
      },
    },
    async (request, reply) => {
      const d = await ctx.status.get(await served(ctx), asOfDate(ctx, request.query.asOf), undefined);
      return sendJsonBody(request, reply, d.body, d.etag);
    },
  );

  app.get(
    '/api/releases/:id/status',
    {
      config: { access: 'read' },
      schema: {
        tags: ['releases'],
        summary: 'One release with its pins, their phase and the findings, as known on a date',
        params: z.object({ id: Id }),
        querystring: AsOfQuery,
        response: { 200: CheckOutput, 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request, reply) => {
      const d = await ctx.status.get(await served(ctx), asOfDate(ctx, request.query.asOf), request.params.id);
      return sendJsonBody(request, reply, d.body, d.etag);
    },
  );

  app.get(
    '/api/releases/:id/findings',
    {
      config: { access: 'read' },
      schema: {
        tags: ['releases'],
        summary: "A release's findings as known on a date, at or above a severity",
        params: z.object({ id: Id }),
        querystring: AsOfQuery.extend({ severity: z.enum(SEVERITIES).default('info').describe('the least severity listed') }),
        response: { 200: z.object({ release: z.string(), asOf: z.string(), findings: z.array(Finding) }), 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request) => {
      const asOf = asOfDate(ctx, request.query.asOf);
      const { doc } = await ctx.status.get(await served(ctx), asOf, request.params.id);
      const least = SEVERITIES.indexOf(request.query.severity);
      return { release: request.params.id, asOf, findings: doc.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= least) };
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { paths } from '../../app/paths.js';
import { plan } from '../../app/plan.js';
import { renderPathsJson } from '../../render/paths-json.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { sendJsonText } from '../json-text.js';
import { AsOfQuery, asOfDate, Day, Id } from '../schemas.js';

/** The document of `upkeep plan --format json` (docs/planning.md); its inner shape is the CLI's. */
const PlanOutput = z.looseObject({
  schema: z.literal('upkeep.plan/v1'),
  workspace: z.string(),
  asOf: z.string(),
  release: z.string(),
  status: z.string(),
  exitCode: z.number().int(),
  components: z.array(z.looseObject({ component: z.string(), change: z.string() })),
  gaps: z.array(z.looseObject({})),
  findings: z.array(z.looseObject({})),
});

/** The document of `upkeep paths --format json` (docs/planning.md). */
const PathsOutput = z.looseObject({
  schema: z.literal('upkeep.paths/v1'),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  exitCode: z.number().int(),
  path: z.array(z.string()).nullable(),
});

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Plans and upgrade paths: the same use cases and JSON documents as `upkeep plan` and `upkeep paths`. */
export const planRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/plan',
    {
      config: { access: 'read' },
      schema: {
        tags: ['plans'],
        summary: 'The plan of the next release or a point release: each component with its choice, reasons and rejected candidates',
        querystring: AsOfQuery.extend({
          release: Id.describe('the planned release (R5, or R4.1 for a point release of R4)'),
          date: Day.describe('its release date'),
          end: Day.optional().describe("its planned end (default: the base's end for a point release, else the base's lifetime)"),
          from: Id.optional().describe('the release it replaces (default: the latest)'),
          point: Bool.optional().describe('a point release of `from`'),
        }),
        response: { 200: PlanOutput, 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await plan({
        workspace: await served(ctx),
        release: q.release,
        date: asOfDate(ctx, q.date, 'date'),
        asOf: asOfDate(ctx, q.asOf),
        ...(q.end !== undefined ? { end: asOfDate(ctx, q.end, 'end') } : {}),
        ...(q.from !== undefined ? { from: q.from } : {}),
        ...(q.point ? { point: true } : {}),
      });
      return sendJsonText(reply, renderPlanJson(result.plan, result.productName, result.plan.status === 'qualifies' ? 0 : 1));
    },
  );

  app.get(
    '/api/paths',
    {
      config: { access: 'read' },
      schema: {
        tags: ['plans'],
        summary: 'The shortest upgrade path between two releases, each upgrade with its component steps',
        querystring: AsOfQuery.extend({ from: Id, to: Id }),
        response: { 200: PathsOutput, 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await paths({ workspace: await served(ctx), from: q.from, to: q.to, asOf: asOfDate(ctx, q.asOf) });
      return sendJsonText(reply, renderPathsJson(result.paths, result.productName, result.paths.path ? 0 : 1));
    },
  );
};

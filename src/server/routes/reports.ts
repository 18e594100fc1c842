import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countReports, listReports, REPORT_OUTCOMES, REPORT_SEVERITIES, submitReport } from '../../app/experience-reports.js';
import { actorName, type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { asOfDate, Day, Id, Text } from '../schemas.js';

const ReportInput = z.strictObject({
  product: Id.describe('a product id of the workspace (ceph, openstack)'),
  version: z.string().min(1).max(100).describe('the version used (17.2.6)'),
  env: Id.default('default').describe('the environment (gx-scs)'),
  outcome: z.enum(REPORT_OUTCOMES),
  severity: z.enum(REPORT_SEVERITIES),
  text: Text(10_000).describe('what happened; kept as text, never interpreted as markup'),
  date: Day.optional().describe('when it happened (default: today)'),
});

const StoredReport = z
  .object({
    id: z.number().int(),
    product: z.string(),
    version: z.string(),
    env: z.string(),
    outcome: z.enum(REPORT_OUTCOMES),
    severity: z.enum(REPORT_SEVERITIES),
    text: z.string(),
    date: z.string(),
    addedAt: z.string(),
  })
  .meta({ id: 'ExperienceReport' });

const ReportCount = z.object({
  product: z.string(),
  version: z.string(),
  reports: z.number().int(),
  outcomes: z.object(Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, z.number().int()])) as Record<(typeof REPORT_OUTCOMES)[number], z.ZodNumber>),
  latest: z.string(),
});

/** Operators' experience with versions (the board's "collect experience with versions"): submitted by reporters, read by all. */
export const reportRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.post(
    '/api/reports',
    {
      config: { access: 'reporter', rateLimit: ctx.writeLimit },
      schema: {
        tags: ['reports'],
        summary: 'Submit an experience report (role reporter or higher)',
        security: [{ token: [] }],
        body: ReportInput,
        response: { 201: StoredReport, 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 404: ErrorReply, 413: ErrorReply, 429: ErrorReply },
      },
    },
    async (request, reply) => {
      const { date, ...rest } = request.body;
      const stored = await submitReport({
        store: ctx.store,
        workspace: await served(ctx),
        report: { ...rest, date: asOfDate(ctx, date, 'date') },
        actor: actorName(request.actor),
      });
      return reply.code(201).send(stored);
    },
  );

  app.get(
    '/api/reports',
    {
      config: { access: 'read' },
      schema: {
        tags: ['reports'],
        summary: 'Experience reports, optionally of one product or version',
        querystring: z.strictObject({ product: Id.optional(), version: z.string().min(1).max(100).optional() }),
        response: { 200: z.array(StoredReport) },
      },
    },
    async (request) => listReports({ store: ctx.store, ...request.query }),
  );

  app.get(
    '/api/reports/counts',
    {
      config: { access: 'read' },
      schema: {
        tags: ['reports'],
        summary: 'How many reports each version has, by outcome',
        querystring: z.strictObject({ product: Id.optional() }),
        response: { 200: z.array(ReportCount) },
      },
    },
    async (request) => countReports({ store: ctx.store, ...request.query }),
  );
};

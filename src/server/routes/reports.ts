import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countReports, listReports, REPORT_OUTCOMES, REPORT_SEVERITIES, submitReport } from '../../app/experience-reports.js';
import { UpkeepError } from '../../app/index.js';
import { renderReplyPage } from '../../web/reply-page.js';
import { isForm } from '../auth.js';
import { actorName, type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { sendHtml } from '../html-reply.js';
import { asOfDate, Day, Id, Text } from '../schemas.js';

/** The largest report form a browser may post (the JSON body limit is the server's, 1 MiB by default). */
const FORM_LIMIT = 64 * 1024;

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
  // the dashboard's report form (src/web/site/report-form.ts) posts urlencoded, its token in a field
  // (src/server/auth.ts reads it); a form is small, so its own limit is tighter than JSON's
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_request, body, done) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(body as string)) {
      if (key in fields) return done(new UpkeepError('UPK_BAD_REQUEST', `the form has the field "${key}" twice`, 'send each field once'), undefined);
      // a form's empty optional field is absent
      if (value !== '' || key === 'text') fields[key] = value;
    }
    done(null, fields);
  });

  app.post(
    '/api/reports',
    {
      config: { access: 'reporter', rateLimit: ctx.writeLimit, formToken: true },
      schema: {
        tags: ['reports'],
        summary: 'Submit an experience report (role reporter or higher)',
        description:
          "JSON with `Authorization: Bearer <token>`; or, from the dashboard's report form, `application/x-www-form-urlencoded` (at most 64 KiB) with the token in a `token` field (or the header): a browser is answered with an HTML page (201 thank you, 400/401/403/413/429 with the reason).",
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
      if (isForm(request))
        return sendHtml(
          reply,
          201,
          renderReplyPage({
            title: 'Thank you: the report is stored',
            message: `Your report on ${stored.product} ${stored.version} (${stored.env}, ${stored.outcome}, ${stored.severity}) is stored as number ${stored.id}. It counts in the stability assessment of that version.`,
            back: { href: '/report', label: 'Report another experience' },
            tone: 'ok',
          }),
        );
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

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessCandidate } from '../../app/assess.js';
import { renderAssessJson } from '../../render/assess-json.js';
import { type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { sendJsonText } from '../json-text.js';
import { asOfDate, Day, Id } from '../schemas.js';

const Version = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.+_~-]*$/, 'a version: letters, digits, ".", "+", "_", "~" and "-"');

const AssessQuery = z.strictObject({
  product: Id.describe('a product id of the workspace (ceph)'),
  candidate: Version.describe('the version to judge (17.2.5)'),
  baseline: Version.describe('the version it would replace (16.2.11)'),
  env: Id.optional().describe('only evidence of this environment (gx-scs; default: every environment)'),
  asOf: Day.optional().describe('judge with what was known on this date (default: today on the server)'),
});

const AssessDoc = z
  .looseObject({
    schema: z.literal('upkeep.assess/v1'),
    product: z.string(),
    candidate: z.string(),
    baseline: z.string(),
    overall: z.string().describe('stable-enough, not-yet or not-enough-data'),
    message: z.string(),
  })
  .meta({ id: 'Assessment' });

/** The key of an assessed candidate in ServerContext.verdicts. */
export const verdictKeyOf = (v: { product: string; candidate: string; baseline: string; env: string }) =>
  [v.product, v.candidate, v.baseline, v.env].join('\u0000');

/**
 * `upkeep assess` over HTTP: the stability verdict of a candidate against its baseline, with the
 * server's open store (PGlite allows one process: the route never opens a second). The verdict is
 * kept for /metrics (`upkeep_candidate_verdict`) until the process ends.
 */
export const assessRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/assess',
    {
      config: { access: 'read' },
      schema: {
        tags: ['verdicts'],
        summary: 'Is a candidate version stable enough against the version in use? (the document of `upkeep assess --format json`)',
        querystring: AssessQuery,
        response: { 200: AssessDoc, 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request, reply) => {
      await served(ctx);
      const q = request.query;
      const asOf = asOfDate(ctx, q.asOf);
      const { assessment, productName } = await assessCandidate(
        { workspace: ctx.source.dir, product: q.product, candidate: q.candidate, baseline: q.baseline, env: q.env, asOf },
        ctx.store,
      );
      const verdict = { product: q.product, candidate: q.candidate, baseline: q.baseline, env: q.env ?? 'all', verdict: assessment.overall, asOf };
      ctx.verdicts.set(verdictKeyOf(verdict), verdict);
      return sendJsonText(reply, renderAssessJson(assessment, productName, assessment.overall === 'stable-enough' ? 0 : 1));
    },
  );
};

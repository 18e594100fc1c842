import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteEvidenceFile, EVIDENCE_KINDS, listEvidenceFiles } from '../../app/evidence-files.js';
import { UpkeepError } from '../../app/index.js';
import { actorName, type ServerContext } from '../context.js';
import { ErrorReply } from '../errors.js';
import { Id, NumericId } from '../schemas.js';

const EvidenceFile = z
  .object({
    id: z.number().int(),
    kind: z.enum(EVIDENCE_KINDS),
    tag: z.object({ product: z.string(), version: z.string(), cycle: z.string().nullable(), env: z.string() }),
    sourceName: z.string(),
    sha256: z.string(),
    records: z.number().int(),
    addedAt: z.string(),
    addedBy: z.string().nullable(),
  })
  .meta({ id: 'EvidenceFile' });

/** Evidence files: listed by all, uploaded by reporters, deleted by maintainers. */
export const evidenceRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/evidence',
    {
      config: { access: 'read' },
      schema: {
        tags: ['evidence'],
        summary: 'The evidence files stored, optionally of one product, version, environment or kind',
        querystring: z.strictObject({
          product: Id.optional(),
          version: z.string().min(1).max(100).optional(),
          env: Id.optional(),
          kind: z.enum(EVIDENCE_KINDS).optional(),
        }),
        response: { 200: z.array(EvidenceFile) },
      },
    },
    async (request) => {
      const { product, version, env, kind } = request.query;
      return listEvidenceFiles({
        store: ctx.store,
        filter: {
          ...(product !== undefined ? { product } : {}),
          ...(version !== undefined ? { version } : {}),
          ...(env !== undefined ? { env } : {}),
          ...(kind !== undefined ? { kind } : {}),
        },
      });
    },
  );

  app.post(
    '/api/evidence',
    {
      config: { access: 'reporter', rateLimit: ctx.writeLimit },
      schema: {
        tags: ['evidence'],
        summary: 'Upload an evidence file (role reporter or higher). Not served by this build yet: 501.',
        security: [{ token: [] }],
        response: { 501: ErrorReply, 401: ErrorReply, 403: ErrorReply, 413: ErrorReply, 429: ErrorReply },
      },
    },
    async () => {
      // the ingestion use case (parse, tag, store) comes with the store (issue 15); nothing is stored until then
      throw new UpkeepError(
        'UPK_NOT_IMPLEMENTED',
        'evidence upload is not served by this build yet',
        'add evidence on the command line with `upkeep evidence add` for now',
      );
    },
  );

  app.delete(
    '/api/evidence/:id',
    {
      config: { access: 'maintainer', rateLimit: ctx.writeLimit },
      schema: {
        tags: ['evidence'],
        summary: 'Delete an evidence file and its records (role maintainer or higher)',
        security: [{ token: [] }],
        params: z.object({ id: NumericId }),
        response: { 204: z.null().describe('deleted'), 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 404: ErrorReply, 429: ErrorReply },
      },
    },
    async (request, reply) => {
      const done = await deleteEvidenceFile({ store: ctx.store, id: request.params.id, actor: actorName(request.actor) });
      if (!done) throw new UpkeepError('UPK_NOT_FOUND', `no evidence file ${request.params.id}`, 'GET /api/evidence lists the stored files');
      return reply.code(204).send(null);
    },
  );
};

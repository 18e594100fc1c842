import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteEvidenceFile, EVIDENCE_KINDS, listEvidenceFiles } from '../../app/evidence-files.js';
import { uploadEvidence } from '../../app/evidence-upload.js';
import { UpkeepError } from '../../app/index.js';
import { actorName, type ServerContext, served } from '../context.js';
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

/** Evidence files (JUnit, fio, …) up to 64 MiB each. */
const UPLOAD_LIMIT = 64 * 1024 * 1024;

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

  // the body of an upload is the file itself, whatever its type (JUnit XML, fio JSON, CSV, text)
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) => done(null, body));

  app.post(
    '/api/evidence',
    {
      config: { access: 'reporter', rateLimit: ctx.writeLimit },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: ['evidence'],
        summary: 'Upload an evidence file, as the request body (role reporter or higher); the same parsing and checks as `upkeep evidence add`',
        security: [{ token: [] }],
        querystring: z.strictObject({
          kind: z.enum(EVIDENCE_KINDS),
          product: Id,
          version: z.string().min(1).max(100),
          env: Id.optional(),
          name: z.string().min(1).max(200).default('upload').describe('the name the file is listed under'),
        }),
        response: {
          201: z.object({ file: EvidenceFile, duplicate: z.boolean(), warnings: z.array(z.string()) }),
          200: z.object({ file: EvidenceFile, duplicate: z.boolean(), warnings: z.array(z.string()) }).describe('stored before: nothing new stored'),
          400: ErrorReply,
          401: ErrorReply,
          403: ErrorReply,
          404: ErrorReply,
          413: ErrorReply,
          429: ErrorReply,
        },
      },
    },
    async (request, reply) => {
      const content = request.body;
      if (!Buffer.isBuffer(content) || content.length === 0)
        throw new UpkeepError('UPK_BAD_REQUEST', 'the upload has no body', 'send the evidence file as the request body (curl --data-binary @file)');
      const added = await uploadEvidence({
        store: ctx.store,
        workspace: await served(ctx),
        ...request.query,
        content,
        actor: actorName(request.actor),
      });
      return reply.code(added.duplicate ? 200 : 201).send({ file: added.row, duplicate: added.duplicate, warnings: [...added.warnings] });
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

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createToken, listAudit, listTokens, ROLES, revokeToken } from '../../app/access-tokens.js';
import { UpkeepError } from '../../app/index.js';
import { reloadWorkspace } from '../../app/reload.js';
import { actorName, type ServerContext } from '../context.js';
import { ErrorReply, HttpProblem } from '../errors.js';
import { NumericId } from '../schemas.js';

const Token = z
  .object({ id: z.number().int(), name: z.string(), role: z.enum(ROLES), createdAt: z.string(), revokedAt: z.string().nullable() })
  .meta({ id: 'Token' });
const AuditEntry = z.object({ id: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), target: z.string() }).meta({ id: 'AuditEntry' });

const DENIED = { 401: ErrorReply, 403: ErrorReply, 429: ErrorReply };

/** Maintainers reload the workspace; admins manage tokens and read the audit log. Every write is audited. */
export const adminRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.post(
    '/api/reload',
    {
      config: { access: 'maintainer', rateLimit: ctx.writeLimit },
      schema: {
        tags: ['admin'],
        summary:
          'Read the workspace files again, here and on every replica (role maintainer or higher); a bad edit is refused and the last good state stays served',
        security: [{ token: [] }],
        response: { 200: z.object({ workspace: z.string(), releases: z.number().int(), products: z.number().int() }), 422: ErrorReply, ...DENIED },
      },
    },
    async (request) => {
      try {
        return await reloadWorkspace({ source: ctx.source, store: ctx.store, actor: actorName(request.actor) });
      } catch (e) {
        // the workspace's files are wrong, not the request
        throw e instanceof UpkeepError ? new HttpProblem(422, e) : e;
      }
    },
  );

  app.get(
    '/api/tokens',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Every token, revoked ones included (role admin)',
        security: [{ token: [] }],
        response: { 200: z.array(Token), ...DENIED },
      },
    },
    async () => listTokens({ store: ctx.store }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'admin', rateLimit: ctx.writeLimit },
      schema: {
        tags: ['admin'],
        summary: 'Create a token (role admin); the secret is in this reply only',
        security: [{ token: [] }],
        body: z.strictObject({ name: z.string().min(1).max(100), role: z.enum(ROLES) }),
        response: { 201: z.object({ token: z.string(), row: Token }), 400: ErrorReply, ...DENIED },
      },
    },
    async (request, reply) => reply.code(201).send(await createToken({ store: ctx.store, ...request.body, actor: actorName(request.actor) })),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'admin', rateLimit: ctx.writeLimit },
      schema: {
        tags: ['admin'],
        summary: 'Revoke a token (role admin)',
        security: [{ token: [] }],
        params: z.object({ id: NumericId }),
        response: { 204: z.null().describe('revoked'), 400: ErrorReply, 404: ErrorReply, ...DENIED },
      },
    },
    async (request, reply) => {
      if (!(await revokeToken({ store: ctx.store, id: request.params.id, actor: actorName(request.actor) })))
        throw new UpkeepError('UPK_NOT_FOUND', `no live token ${request.params.id}`, 'GET /api/tokens lists the tokens');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first: who wrote what, when (role admin)',
        security: [{ token: [] }],
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(10_000).default(100) }),
        response: { 200: z.array(AuditEntry), 400: ErrorReply, ...DENIED },
      },
    },
    async (request) => listAudit({ store: ctx.store, limit: request.query.limit }),
  );
};

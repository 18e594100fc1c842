import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatLocation, isUpkeepError, UpkeepError } from '../app/index.js';
import { wordProblem } from '../render/problems.js';
import { sendErrorPage, wantsHtml } from './html-reply.js';

/** Every error reply: the code (docs/errors.md), what is wrong, and the details (what to do, where, every problem). */
export const ErrorReply = z
  .object({
    error: z.string().describe('a permanent code of docs/errors.md (UPK_…)'),
    message: z.string(),
    details: z.object({
      hint: z.string(),
      problems: z.array(z.object({ code: z.string(), message: z.string(), hint: z.string(), location: z.string().nullable() })),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorReply = z.infer<typeof ErrorReply>;

/** The status of each code a request can meet; any other problem with the request's input is a 400. */
const STATUS: Readonly<Record<string, number>> = {
  UPK_UNAUTHORIZED: 401,
  UPK_FORBIDDEN: 403,
  UPK_NOT_FOUND: 404,
  UPK_UNKNOWN_RELEASE: 404,
  UPK_UNKNOWN_PRODUCT: 404,
  UPK_TOO_LARGE: 413,
  UPK_RATE_LIMITED: 429,
  UPK_NOT_READY: 503,
};

/** An UpkeepError with the HTTP status it is sent with (a workspace that fails to reload is 422, not the default 400). */
export class HttpProblem extends UpkeepError {
  constructor(
    readonly statusCode: number,
    error: UpkeepError,
  ) {
    super(error.problems);
  }
}

export function statusOf(e: UpkeepError): number {
  return e instanceof HttpProblem ? e.statusCode : (STATUS[e.code] ?? 400);
}

export function errorReply(e: UpkeepError): ErrorReply {
  const problems = e.problems.map((p) => {
    const words = wordProblem(p);
    const where = p.location ? formatLocation(p.location) : '';
    return { code: p.code, message: words.message, hint: words.hint, location: where || null };
  });
  const first = problems[0] as (typeof problems)[number];
  return { error: first.code, message: first.message, details: { hint: first.hint, problems } };
}

function send(request: FastifyRequest, reply: FastifyReply, e: UpkeepError): FastifyReply {
  if (wantsHtml(request)) return sendErrorPage(request, reply, statusOf(e), errorReply(e));
  return reply
    .code(statusOf(e))
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(errorReply(e)));
}

/** A bad request in Upkeep's words: one problem per invalid field, named by where it is (body.text, query.asOf). */
function badRequest(error: FastifyError): UpkeepError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const problems = error.validation.map((v) => {
      const field = [error.validationContext ?? 'request', ...v.instancePath.split('/').filter(Boolean)].join('.');
      return {
        code: 'UPK_BAD_REQUEST' as const,
        message: `${field}: ${v.message ?? 'invalid'}`,
        hint: 'correct the field (GET /openapi.json describes every route)',
        location: { path: field },
      };
    });
    if (problems.length) return new UpkeepError(problems as [(typeof problems)[number], ...typeof problems]);
  }
  return new UpkeepError('UPK_BAD_REQUEST', error.message, 'send a well-formed request (GET /openapi.json describes every route)');
}

/** Fastify's own errors (body too large, malformed JSON, wrong content type) in the same words and shape. */
function fromFastify(error: FastifyError): UpkeepError {
  const status = error.statusCode ?? 500;
  if (status === 413) return new UpkeepError('UPK_TOO_LARGE', `the request body is larger than the server accepts (${error.message})`, 'send a smaller body');
  if (status === 429) return new UpkeepError('UPK_RATE_LIMITED', error.message, 'wait and retry');
  if (status === 404) return new UpkeepError('UPK_NOT_FOUND', error.message, 'GET /openapi.json lists the routes');
  if (status === 415) return new UpkeepError('UPK_BAD_REQUEST', error.message, 'send the body as application/json (Content-Type: application/json)');
  return badRequest(error);
}

/** The one error handler: every failure leaves as `{error, message, details}` with its status; a bug is a 500 without its stack. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | UpkeepError, request: FastifyRequest, reply: FastifyReply) => {
    if (isUpkeepError(error)) return send(request, reply, error);
    if (isResponseSerializationError(error)) request.log.error({ err: error }, 'a reply does not match its schema');
    else if (error.validation || (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500))
      return send(request, reply, fromFastify(error));
    else request.log.error({ err: error }, 'internal error');
    return reply
      .code(500)
      .type('application/json; charset=utf-8')
      .send(
        JSON.stringify({
          error: 'internal',
          message: 'internal error: this is a bug in upkeep, please report it with the request you sent',
          details: { hint: `quote the request id ${request.id}`, problems: [] },
        } satisfies ErrorReply),
      );
  });
  app.setNotFoundHandler((request, reply) =>
    send(request, reply, new UpkeepError('UPK_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`, 'GET /openapi.json lists the routes')),
  );
}

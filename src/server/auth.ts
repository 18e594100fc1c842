import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleAtLeast, verifyToken } from '../app/access-tokens.js';
import { UpkeepError } from '../app/index.js';
import type { Access, ServerContext } from './context.js';

/** The secret of `Authorization: Bearer <token>`, if the header has that form. */
function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const m = header === undefined ? null : /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
  return m?.[1];
}

/**
 * Who may call each route, from its `config.access`: `public` (health, metrics, the OpenAPI
 * document), `read` (everyone, or any valid token with `--private`), or the least role
 * (reporter < maintainer < admin). A route that says nothing is refused: forgetting is not public.
 * Runs before the body is read, so a refused write stores nothing and costs no parsing.
 */
export function registerAccess(app: FastifyInstance, ctx: ServerContext): void {
  /** Lets the request through or throws 401/403: `secret` is the token it came with. */
  const authorize = async (request: FastifyRequest, access: Access | undefined, secret: string | undefined, form = false): Promise<void> => {
    if (!secret)
      throw new UpkeepError(
        'UPK_UNAUTHORIZED',
        `${request.method} ${request.routeOptions.url ?? request.url} needs a token`,
        form
          ? 'enter your reporter token in the form; the release managers create one with `upkeep token create --role reporter`'
          : 'send `Authorization: Bearer <token>`; an admin creates one with `upkeep token create --role reporter`',
      );
    const token = await verifyToken({ store: ctx.store, secret });
    if (!token) throw new UpkeepError('UPK_UNAUTHORIZED', 'the token is unknown or revoked', 'ask an admin for a new token (`upkeep token create`)');
    request.actor = { id: token.id, name: token.name, role: token.role };
    if (access === undefined) throw new UpkeepError('UPK_FORBIDDEN', 'this route declares no access', 'this is a bug in upkeep, please report it');
    if (access !== 'read' && access !== 'public' && !roleAtLeast(token.role, access))
      throw new UpkeepError(
        'UPK_FORBIDDEN',
        `${request.method} ${request.routeOptions.url} needs the role ${access} or higher; the token "${token.name}" is ${token.role}`,
        `use a token with the role ${access} (an admin creates one with \`upkeep token create --role ${access}\`)`,
      );
  };

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === 'public' || (access === 'read' && !ctx.private)) return;
    // the not-found handler has no route options: its reply says so, whoever asks
    if (access === undefined && request.routeOptions.url === undefined) return;
    const secret = bearer(request);
    // a browser form carries its token in the body: checked once the (small) form is read
    if (!secret && isForm(request) && request.routeOptions.config?.formToken) {
      formPending.add(request);
      return;
    }
    await authorize(request, access, secret);
  });

  // the form's `token` field: never part of what the route validates or stores
  app.addHook('preValidation', async (request) => {
    if (!isForm(request) || !request.routeOptions.config?.formToken) return;
    const body = request.body as Record<string, unknown> | undefined;
    const field = body && typeof body.token === 'string' && body.token.length <= 512 ? body.token.trim() : undefined;
    if (body && 'token' in body) delete body.token;
    if (!formPending.delete(request)) return;
    await authorize(request, request.routeOptions.config?.access, field || undefined, true);
  });
}

/** Requests whose token is in their form body, waiting for it to be read. */
const formPending = new WeakSet<FastifyRequest>();

/** A browser's form post (`application/x-www-form-urlencoded`). */
export function isForm(request: FastifyRequest): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(request.headers['content-type'] ?? '');
}

/**
 * A read that needs a token even where reads are public (the internal notice: everything, for the
 * team): any valid token, whatever its role. Where reads need a token anyway (`--private`), the
 * request has been let in with one already.
 */
export async function requireToken(ctx: ServerContext, request: FastifyRequest, what: string): Promise<void> {
  if (request.actor) return;
  const secret = bearer(request);
  if (!secret)
    throw new UpkeepError(
      'UPK_UNAUTHORIZED',
      `${what} needs a token`,
      'it is for the team: send `Authorization: Bearer <token>` (any role); an admin creates one with `upkeep token create --role reporter`',
    );
  const token = await verifyToken({ store: ctx.store, secret });
  if (!token) throw new UpkeepError('UPK_UNAUTHORIZED', 'the token is unknown or revoked', 'ask an admin for a new token (`upkeep token create`)');
  request.actor = { id: token.id, name: token.name, role: token.role };
}

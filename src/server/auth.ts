import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleAtLeast, verifyToken } from '../app/access-tokens.js';
import { UpkeepError } from '../app/index.js';
import type { ServerContext } from './context.js';

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
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === 'public' || (access === 'read' && !ctx.private)) return;
    // the not-found handler has no route options: its reply says so, whoever asks
    if (access === undefined && request.routeOptions.url === undefined) return;
    const secret = bearer(request);
    if (!secret)
      throw new UpkeepError(
        'UPK_UNAUTHORIZED',
        `${request.method} ${request.routeOptions.url ?? request.url} needs a token`,
        'send `Authorization: Bearer <token>`; an admin creates one with `upkeep token create --role reporter`',
      );
    const token = await verifyToken({ store: ctx.store, secret });
    if (!token) throw new UpkeepError('UPK_UNAUTHORIZED', 'the token is unknown or revoked', 'ask an admin for a new token (`upkeep token create`)');
    request.actor = { id: token.id, name: token.name, role: token.role };
    if (access === undefined) throw new UpkeepError('UPK_FORBIDDEN', 'this route declares no access', 'this is a bug in upkeep, please report it');
    if (access !== 'read' && !roleAtLeast(token.role, access))
      throw new UpkeepError(
        'UPK_FORBIDDEN',
        `${request.method} ${request.routeOptions.url} needs the role ${access} or higher; the token "${token.name}" is ${token.role}`,
        `use a token with the role ${access} (an admin creates one with \`upkeep token create --role ${access}\`)`,
      );
  });
}

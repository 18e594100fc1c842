import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flavorCoreScript } from '../../app/flavor-page.js';
import { PUBLISHED_AUDIENCES, SITE_AUDIENCES, siteData } from '../../app/site.js';
import { chartDocument } from '../../web/charts/dom.js';
import { audienceNoticePage, SITE_PAGES } from '../../web/site/pages.js';
import { type ServerContext, served } from '../context.js';
import { sendHtml } from '../html-reply.js';
import { asOfDate, Day } from '../schemas.js';

let flavorCore: string | undefined | null = null;

/** dist/web/flavor-core.js, read once; absent (no `npm run build`): the flavor page says how to build it. */
function flavorCoreOnce(): string | undefined {
  if (flavorCore === null) {
    try {
      flavorCore = flavorCoreScript();
    } catch {
      flavorCore = undefined;
    }
  }
  return flavorCore;
}

/**
 * The dashboard (src/web/site/pages.ts), served: every page of SITE_PAGES at its path (and the
 * operators' notice at /notices-operators; the internal one at /notices-internal with `--private`), built from
 * the data it needs as known on `?asOf=` (default today), with its own Content-Security-Policy as
 * the header (the one in its `<meta>`). A read like the API's: public unless `--private`. A bad
 * `?asOf=` is a 400 page saying what is wrong. Not in the OpenAPI document (HTML, not the API).
 */
export const sitePages: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  // the internal notice only where reading needs a token (`--private`): it holds everything, for the team
  const audiences = ctx.private ? SITE_AUDIENCES : PUBLISHED_AUDIENCES;
  const pages = [...SITE_PAGES, ...audiences.flatMap((a) => (a === 'public' ? [] : [audienceNoticePage(a)]))];
  for (const page of pages)
    app.get(
      page.path,
      {
        config: { access: 'read', html: true },
        // other query parameters (a link's tracking) are ignored; asOf is checked
        schema: { hide: true, querystring: z.object({ asOf: Day.optional() }) },
      },
      async (request, reply) => {
        await served(ctx); // shutting down: 503; not loaded yet: loads it
        const today = ctx.today();
        const asOf = asOfDate(ctx, request.query.asOf);
        const data = await siteData({ workspace: ctx.source.dir, asOf, today, store: ctx.store, audiences }, page.needs);
        const text = page.build({ data, document: await chartDocument(), mode: 'served', flavorCore: flavorCoreOnce() });
        return sendHtml(reply, 200, text);
      },
    );
};

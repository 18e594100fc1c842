import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIENCES, buildNotices, type NoticeView } from '../../app/notice.js';
import { rendererOf } from '../../render/renderer.js';
import { NOTICE_FORMATS } from '../../web/notice-formats.js';
import { requireToken } from '../auth.js';
import { type ServerContext, served } from '../context.js';
import { ErrorReply } from '../errors.js';
import { sendJsonText } from '../json-text.js';
import { asOfDate, Day } from '../schemas.js';

/** A list in a query: comma-separated, or the parameter repeated (`?products=ceph,openstack`). */
const IdList = z.union([z.string().max(2000), z.array(z.string().max(2000)).max(50)]).transform((v) =>
  (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean),
);

const NoticeQuery = z.strictObject({
  audience: z
    .string()
    .min(1)
    .max(50)
    .describe(`who the notice is for: ${AUDIENCES.join(', ')} (internal: with a token of any role, even where reads are public)`),
  release: IdList.optional().describe('only these releases (comma-separated; default: every release not ended on the as-of date)'),
  products: IdList.optional().describe('only the components of these products (comma-separated product ids, e.g. ceph,openstack)'),
  asOf: Day.optional().describe('as known on this date (default: today on the server)'),
});

const FeedQuery = NoticeQuery.extend({
  audience: z
    .string()
    .min(1)
    .max(50)
    .default('public')
    .describe(`who the notice is for: ${AUDIENCES.join(', ')} (default public; internal: with a token of any role)`),
});

const NoticeDoc = z.looseObject({ schema: z.literal('upkeep.notice/v1'), audience: z.string(), asOf: z.string() }).meta({ id: 'Notice' });

/**
 * The notices of `upkeep notice` over HTTP: the same use case (buildNotices) and renderers, from the
 * workspace state served. JSON for programs, Atom and iCalendar for feed readers and calendars
 * (stable entry ids and UIDs: a reader shows only what is new).
 */
export const noticeRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const notice = async (request: FastifyRequest, query: z.infer<typeof NoticeQuery>): Promise<NoticeView> => {
    if (query.audience === 'internal') await requireToken(ctx, request, 'the internal notice');
    return buildNotices(await served(ctx), {
      audience: query.audience,
      asOf: asOfDate(ctx, query.asOf),
      ...(query.release?.length ? { release: query.release } : {}),
      ...(query.products?.length ? { products: query.products } : {}),
    });
  };
  const render = (format: 'json' | 'atom' | 'ics', view: NoticeView) => rendererOf(NOTICE_FORMATS, format).render(view, {});

  app.get(
    '/api/notices',
    {
      config: { access: 'read' },
      schema: {
        tags: ['notices'],
        summary: 'The notice for an audience, as data (the document of `upkeep notice --format json`)',
        querystring: NoticeQuery,
        response: { 200: NoticeDoc, 400: ErrorReply, 401: ErrorReply, 404: ErrorReply },
      },
    },
    async (request, reply) => sendJsonText(reply, await render('json', await notice(request, request.query))),
  );

  for (const [path, format, what] of [
    ['/notices.atom', 'atom', 'An Atom feed of the notice (one entry per item, stable ids)'],
    ['/notices.ics', 'ics', 'An iCalendar of the notice: an event per end of maintenance and per planned upgrade, stable UIDs, alarms'],
  ] as const)
    app.get(
      path,
      {
        config: { access: 'read' },
        schema: {
          tags: ['notices'],
          summary: `${what} (default audience public)`,
          querystring: FeedQuery,
          response: { 200: z.string(), 400: ErrorReply, 401: ErrorReply, 404: ErrorReply },
        },
      },
      async (request, reply) => {
        const text = await render(format, await notice(request, request.query));
        return reply.type(format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'text/calendar; charset=utf-8').send(text);
      },
    );
};

import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderReplyPage } from '../web/reply-page.js';
import { isForm } from './auth.js';

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

/**
 * The page's own Content-Security-Policy (its `<meta>`, with the hashes of its scripts and styles),
 * as the header too, with `frame-ancestors 'none'`, which only a header can carry. It replaces
 * helmet's JSON policy (`default-src 'none'`), which would block the page's inline styles.
 */
export function pagePolicy(page: string): string {
  const policy = META_CSP.exec(page)?.[1];
  return `${policy ?? "default-src 'none'"}; frame-ancestors 'none'`;
}

/** Sends a whole HTML page with its own policy as the header. */
export function sendHtml(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply.code(status).header('content-security-policy', pagePolicy(page)).type('text/html; charset=utf-8').send(page);
}

/**
 * Whether a failure is answered with an HTML page: a dashboard page's request, a browser's form
 * post to a route that takes forms, or a browser asking for a page that does not exist.
 */
export function wantsHtml(request: FastifyRequest): boolean {
  const config = request.routeOptions.config;
  if (config?.html) return true;
  if (config?.formToken && isForm(request)) return true;
  return request.routeOptions.url === undefined && !request.url.startsWith('/api/') && /\btext\/html\b/.test(request.headers.accept ?? '');
}

/** The heading of an error page by status. */
const TITLES: Readonly<Record<number, string>> = {
  400: 'The request was refused',
  401: 'A valid token is needed',
  403: 'This token may not do that',
  404: 'Not found',
  413: 'Too large',
  429: 'Too many requests',
  503: 'Not available',
};

/** An error as the page a browser shows: the status's heading, what is wrong, what to do, each problem. */
export function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: { message: string; details: { hint: string; problems: readonly { message: string }[] } },
): FastifyReply {
  const form = isForm(request) && request.routeOptions.config?.formToken;
  const details = body.details.problems.length > 1 ? body.details.problems.map((p) => p.message) : undefined;
  return sendHtml(
    reply,
    status,
    renderReplyPage({
      title: form ? `The report was not stored: ${(TITLES[status] ?? 'an error').toLowerCase()}` : (TITLES[status] ?? 'An error'),
      message: body.message,
      hint: body.details.hint,
      details,
      back: form
        ? { href: '/report', label: 'Back to the report form (your browser keeps what you typed: use its Back button)' }
        : { href: '/', label: 'The overview' },
      tone: 'error',
    }),
  );
}

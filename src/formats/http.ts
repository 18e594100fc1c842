import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UpkeepError } from '../core/errors.js';

/** How a sync talks HTTP; every field has a default. */
export interface HttpOptions {
  /** Seconds before a request (connect, headers, body) is given up. Default 30. */
  readonly timeoutSeconds?: number;
  /** Retries after a network error, a timeout, 429 or 5xx. Default 2. */
  readonly retries?: number;
  /** The first retry waits this long, each next one twice as long (a Retry-After up to 30 s wins). Default 500. */
  readonly backoffMs?: number;
  /** PEM file of CA certificates to trust besides Node's own (an internal mirror, a TLS-inspecting proxy). */
  readonly caFile?: string;
  /** Proxies, as HTTP_PROXY / HTTPS_PROXY / NO_PROXY say them; the edge reads the environment. */
  readonly proxy?: { readonly http?: string; readonly https?: string; readonly noProxy?: string };
  /** Requests at once. Default 8. */
  readonly parallel?: number;
  /** Largest answer accepted, bytes. Default 20 MiB. */
  readonly maxBytes?: number;
}

/** What is known of an earlier answer: its validators, for a conditional request. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type Fetched =
  | { readonly status: 'unchanged'; readonly validators: Validators }
  | { readonly status: 'fetched'; readonly text: string; readonly sha256: string; readonly validators: Validators };

/** A fetcher with one connection pool; close it when done. */
export interface Fetcher {
  get(url: string, known: Validators | undefined): Promise<Fetched>;
  close(): Promise<void>;
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

function failure(url: string, message: string, hint: string): UpkeepError {
  return new UpkeepError('UPK_SYNC_FETCH', `${url}: ${message}`, hint, { file: url });
}

function retryAfterMs(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  const s = Number(v);
  return Number.isFinite(s) && s >= 0 ? Math.min(s * 1000, 30_000) : undefined;
}

const header = (h: Record<string, string | string[] | undefined>, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * A fetcher on undici: one pool for all requests (keep-alive), proxies from HTTP_PROXY /
 * HTTPS_PROXY / NO_PROXY (as given, through EnvHttpProxyAgent), a CA file, timeouts on connect,
 * headers and body, retries with exponential backoff, conditional requests (If-None-Match,
 * If-Modified-Since: a 304 is "unchanged").
 */
export async function createFetcher(options: HttpOptions = {}): Promise<Fetcher> {
  const loaded = await import('undici');
  // bundled (esbuild), the CommonJS module's exports arrive as `default`
  const { EnvHttpProxyAgent, interceptors, request } = 'EnvHttpProxyAgent' in loaded ? loaded : (loaded as { default: typeof loaded }).default;
  const timeout = Math.round((options.timeoutSeconds ?? 30) * 1000);
  const retries = options.retries ?? 2;
  const backoff = options.backoffMs ?? 500;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  let ca: string | undefined;
  if (options.caFile) {
    try {
      ca = readFileSync(options.caFile, 'utf8');
    } catch (e) {
      throw new UpkeepError('UPK_FILE_NOT_FOUND', `--ca-file ${options.caFile}: ${(e as Error).message}`, 'give a PEM file of CA certificates', {
        file: options.caFile,
      });
    }
    if (!ca.includes('-----BEGIN CERTIFICATE-----'))
      throw new UpkeepError('UPK_FILE_UNREADABLE', `--ca-file ${options.caFile} holds no PEM certificate`, 'give a PEM file (-----BEGIN CERTIFICATE-----)', {
        file: options.caFile,
      });
  }
  // the given certificates besides Node's own roots: public sources keep working beside an internal one
  const tls = ca ? { ca: [...(await import('node:tls')).rootCertificates, ca] } : {};
  const pool = new EnvHttpProxyAgent({
    httpProxy: options.proxy?.http ?? '',
    httpsProxy: options.proxy?.https ?? '',
    noProxy: options.proxy?.noProxy ?? '',
    connections: options.parallel ?? 8,
    connect: { timeout, ...tls },
    requestTls: tls,
    proxyTls: tls,
    headersTimeout: timeout,
    bodyTimeout: timeout,
  });
  const agent = pool.compose(interceptors.redirect({ maxRedirections: 5 }));

  const once = async (url: string, known: Validators | undefined): Promise<Fetched> => {
    const headers: Record<string, string> = { 'user-agent': 'upkeep-sync (+https://github.com/SovereignCloudStack)', accept: '*/*' };
    if (known?.etag) headers['if-none-match'] = known.etag;
    if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(url, { dispatcher: agent, headers, signal: AbortSignal.timeout(timeout * 2) });
    } catch (e) {
      const err = e as Error & { code?: string };
      throw new Retryable(err.name === 'TimeoutError' || /timeout/i.test(err.code ?? '') ? `no answer within ${timeout / 1000} s` : err.message || String(e));
    }
    const h = res.headers as Record<string, string | string[] | undefined>;
    const validators = (): Validators => {
      const etag = header(h, 'etag');
      const lastModified = header(h, 'last-modified');
      return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    };
    if (res.statusCode === 304) {
      await res.body.dump();
      return { status: 'unchanged', validators: { ...known, ...validators() } };
    }
    if (res.statusCode !== 200) {
      await res.body.dump();
      const msg = `HTTP ${res.statusCode}`;
      if (RETRY_STATUS.has(res.statusCode)) throw new Retryable(msg, retryAfterMs(h['retry-after']));
      throw failure(
        url,
        msg,
        res.statusCode === 404 ? "check the product's source URL (sync: {url: …} in its lifecycle file)" : 'check the URL and the server',
      );
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          res.body.destroy();
          throw failure(url, `answer larger than ${maxBytes} bytes`, 'check the URL');
        }
        chunks.push(chunk as Buffer);
      }
    } catch (e) {
      if (e instanceof UpkeepError) throw e;
      throw new Retryable(`the answer broke off: ${(e as Error).message}`);
    }
    const body = Buffer.concat(chunks);
    return { status: 'fetched', text: body.toString('utf8'), sha256: createHash('sha256').update(body).digest('hex'), validators: validators() };
  };

  return {
    async get(url, known) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await once(url, known);
        } catch (e) {
          if (!(e instanceof Retryable)) throw e;
          if (attempt >= retries)
            throw failure(
              url,
              `${e.message}${retries ? ` (${retries + 1} attempts)` : ''}`,
              'the product is left as it was; try again later, or check the network, HTTPS_PROXY/NO_PROXY and --ca-file',
            );
          await new Promise((r) => setTimeout(r, e.waitMs ?? backoff * 2 ** attempt));
        }
      }
    },
    close: () => pool.close(),
  };
}

/** Runs `work` on every item, at most `limit` at once; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

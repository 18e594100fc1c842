import { UpkeepError } from '../core/errors.js';
import type { Product } from '../core/lifecycle/types.js';

/** The formats `upkeep sync` fetches (each an importer of src/formats). */
export const SYNC_FORMATS = ['endoflife-api', 'openstack-series', 'ceph-releases'] as const;
export type SyncFormat = (typeof SYNC_FORMATS)[number];

export const DEFAULT_ENDOFLIFE_API = 'https://endoflife.date/api/v1';

/** Where the two projects publish their own lifecycle files (raw text). */
const DEFAULT_URLS: Readonly<Record<Exclude<SyncFormat, 'endoflife-api'>, string>> = {
  'openstack-series': 'https://opendev.org/openstack/releases/raw/branch/master/data/series_status.yaml',
  'ceph-releases': 'https://raw.githubusercontent.com/ceph/ceph/main/doc/releases/releases.yml',
};

/** A product file's `sync:` key: which format to fetch from where (both optional). */
export interface SyncSetting {
  readonly format?: SyncFormat | 'none';
  readonly url?: string;
}

/** What a sync fetches for one product. */
export interface SyncSource {
  readonly product: string;
  readonly format: SyncFormat;
  readonly url: string;
}

/** The endoflife.date page name of a product, from its sources (`https://endoflife.date/<name>`). */
function endoflifeName(product: Product): string | undefined {
  for (const s of product.sources) {
    const m = /^https:\/\/endoflife\.date\/(?:api\/v1\/products\/)?([a-z0-9][a-z0-9._-]*)\/?$/.exec(s);
    if (m?.[1] && m[1] !== 'api') return m[1];
  }
  return undefined;
}

/**
 * Where a product's lifecycle is fetched from: its file's `sync:` key, else a default: `ceph` from
 * Ceph's releases.yml, `openstack` from series_status.yaml, a product whose sources name an
 * endoflife.date page from the API (`{api}/products/{name}`). Undefined: nothing to fetch (a
 * lifecycle written by hand, or `sync: {format: none}`).
 */
export function syncSource(product: Product, setting: SyncSetting | undefined, endoflifeApi: string): SyncSource | undefined {
  if (setting?.format === 'none') return undefined;
  const eol = endoflifeName(product);
  const format: SyncFormat | undefined =
    setting?.format ??
    (product.id === 'ceph' ? 'ceph-releases' : product.id === 'openstack' ? 'openstack-series' : eol || setting?.url ? 'endoflife-api' : undefined);
  if (!format) return undefined;
  const url =
    setting?.url ??
    (format === 'endoflife-api' ? `${endoflifeApi.replace(/\/+$/, '')}/products/${encodeURIComponent(eol ?? product.id)}` : DEFAULT_URLS[format]);
  return { product: product.id, format, url };
}

/**
 * The cycles a fetched text holds, read by the format's importer (parse → map): bad input is an
 * UpkeepError naming the URL. The product must be the one asked for (an API answer of another
 * product is refused).
 */
export async function cyclesOf(source: SyncSource, text: string): Promise<Product> {
  const label = source.url;
  let product: Product;
  if (source.format === 'endoflife-api') {
    const { parseEndoflifeApi, productFromApi } = await import('./endoflife-api/index.js');
    product = productFromApi(parseEndoflifeApi(text, label));
  } else if (source.format === 'openstack-series') {
    const { parseSeriesStatus, seriesProduct } = await import('./openstack-series/index.js');
    product = seriesProduct(parseSeriesStatus(text, label));
  } else {
    const { parseCephReleases, cephProduct } = await import('./ceph-releases/index.js');
    product = cephProduct(parseCephReleases(text, label), label);
  }
  if (source.format !== 'endoflife-api' || product.id === source.product || source.url.endsWith(`/${product.id}`)) return product;
  throw new UpkeepError(
    'UPK_SYNC_SOURCE',
    `${source.url} answers for product "${product.id}", not "${source.product}"`,
    `set the product's source in products/${source.product}.yaml: sync: {url: …/products/<its endoflife.date name>}`,
    { file: source.url },
  );
}

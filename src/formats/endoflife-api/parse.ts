import { UpkeepError } from '../../core/errors.js';
import { EndoflifeApiProduct } from './schema.js';

/** The API answer for one product, checked against the schema. */
export function parseEndoflifeApi(text: string, file: string): EndoflifeApiProduct {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UpkeepError(
      'UPK_JSON_SYNTAX',
      `not JSON: ${(e as Error).message}`,
      'save the API answer as it came (curl -o FILE https://endoflife.date/api/v1/products/<name>)',
      { file },
    );
  }
  const r = EndoflifeApiProduct.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}`,
      'expected the endoflife.date API v1 answer for one product: {"result": {"name", "label", "releases": [...]}}',
      { file },
    );
  }
  return r.data;
}

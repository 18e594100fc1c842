/**
 * Reads the properties string `openstack flavor list --long` prints:
 * `key='value', key2='value2'` (Python repr quoting: '…' or "…" with backslash escapes).
 */
export type PropertiesText = { ok: true; properties: Record<string, string> } | { ok: false; position: number; message: string };

export function parsePropertiesText(text: string): PropertiesText {
  const properties: Record<string, string> = {};
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  skipSpace();
  while (i < text.length) {
    const eq = text.indexOf('=', i);
    if (eq < 0) return { ok: false, position: i, message: `expected key='value' at position ${i}` };
    const key = text.slice(i, eq).trim();
    if (!key) return { ok: false, position: i, message: `empty property key at position ${i}` };
    i = eq + 1;
    const quote = text[i];
    let value = '';
    if (quote === "'" || quote === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] as string;
        if (c === '\\' && i + 1 < text.length) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        if (c === quote) {
          closed = true;
          i++;
          break;
        }
        value += c;
        i++;
      }
      if (!closed) return { ok: false, position: eq + 1, message: `the value of ${key} has no closing ${quote}` };
    } else {
      const comma = text.indexOf(', ', i);
      const end = comma < 0 ? text.length : comma;
      value = text.slice(i, end).trim();
      i = end;
    }
    properties[key] = value;
    skipSpace();
    if (i < text.length) {
      if (text[i] !== ',') return { ok: false, position: i, message: `expected ',' between properties at position ${i}` };
      i++;
      skipSpace();
    }
  }
  return { ok: true, properties };
}

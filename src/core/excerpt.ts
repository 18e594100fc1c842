/**
 * A value quoted in a message: short text in full; long text by its start and its length (a 50 MB
 * junk file read as one YAML scalar is not echoed whole); lists and mappings by their kind and size.
 */
export function quote(value: unknown, max = 60): string {
  if (typeof value === 'string') {
    if (value.length <= max) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, max))}… (${value.length.toLocaleString('en-US')} characters)`;
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 3).map((k) => quote(k, 30));
    return `a mapping${keys.length ? ` (keys ${shown.join(', ')}${keys.length > 3 ? ` and ${keys.length - 3} more` : ''})` : ' with no keys'}`;
  }
  const text = String(value);
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** A message cut to `max` characters, saying how much was left out: the last guard against echoing input whole. */
export function clip(message: string, max = 2000): string {
  return message.length <= max ? message : `${message.slice(0, max)}… (${(message.length - max).toLocaleString('en-US')} more characters left out)`;
}

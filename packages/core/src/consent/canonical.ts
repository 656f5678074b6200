/**
 * The canonical form hashed for events and notices: JSON with object keys in
 * code-unit order, no whitespace, `undefined` members left out (as JSON.stringify
 * does), arrays in order. Our events hold only strings, integers, booleans and
 * nested objects, for which this matches RFC 8785 (JCS).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + (typeof member === 'string' ? JSON.stringify(member) : canonicalJson(member));
    first = false;
  }
  return out + '}';
}

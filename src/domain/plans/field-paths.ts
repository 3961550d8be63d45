/**
 * Plain-data helpers shared by the history log and the offline sync: both look at an
 * entity field by field, and a field inside a nested object (the goal's indicator) is its
 * own field, 'indicator.current', so that two people editing two figures do not collide.
 * Arrays are one field: the order of next steps is part of their meaning.
 */

export type TDeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: TDeepPartial<T[K]> } : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Every leaf of a plain object as dot path → value, in key order. Empty objects, arrays,
 * dates and other values are leaves; undefined values are skipped (a missing field).
 *
 * @example flattenFields({ title: 'A', indicator: { current: 3 } }) // Map { 'title' => 'A', 'indicator.current' => 3 }
 */
export function flattenFields(value: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(inner) && Object.keys(inner).length > 0) {
      for (const [p, v] of flattenFields(inner, path)) out.set(p, v);
    } else {
      out.set(path, inner);
    }
  }
  return out;
}

/**
 * The value at a dot path, or undefined.
 *
 * @example getField({ indicator: { current: 3 } }, 'indicator.current') // 3
 */
export function getField(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (!isPlainObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * A copy with the value at a dot path replaced; nested objects on the way are copied, not
 * changed, so the entity given stays as it was.
 *
 * @example setField({ indicator: { current: 3, target: 9 } }, 'indicator.current', 5) // { indicator: { current: 5, target: 9 } }
 */
export function setField<T extends object>(value: T, path: string, next: unknown): T {
  const [key = '', ...rest] = path.split('.');
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) copy[key] = next;
  else copy[key] = setField(isPlainObject(copy[key]) ? copy[key] : {}, rest.join('.'), next);
  return copy as T;
}

/**
 * Structural equality of plain data: objects by keys (order does not matter), arrays by
 * position, numbers with Object.is except that 0 and -0 are equal.
 *
 * @example isSameValue({ a: [1, 2] }, { a: [1, 2] }) // true
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isSameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && isSameValue(a[k], b[k]));
  }
  return false;
}

/**
 * JSON with object keys sorted, so the same data always gives the same text.
 *
 * @example stableStringify({ b: 1, a: [2] }) // '{"a":[2],"b":1}'
 */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

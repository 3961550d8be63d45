// Dot-path helpers for deep partial patches (`{ indicator: { current: 14 } }`), free of I/O.

/** A value at a dot path (`indicator.current`). */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A deep partial holding only `paths` of `obj`: `pickPaths(goal, ['indicator.current'])` → `{ indicator: { current: 14 } }`. */
export function pickPaths(obj: unknown, paths: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split('.');
    let node = out;
    keys.slice(0, -1).forEach((k) => {
      node[k] = (node[k] as Record<string, unknown> | undefined) ?? {};
      node = node[k] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]!] = getPath(obj, path);
  }
  return out;
}

/** The dot paths of the leaves of a (deep partial) patch. */
export function leafPaths(patch: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(patch).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? leafPaths(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** Merges a deep partial patch onto an entity (new object; arrays and values replace). */
export function applyPatch<T>(entity: T, patch: Record<string, unknown>): T {
  const out = { ...(entity as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    const cur = out[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && cur !== null && typeof cur === 'object' ? applyPatch(cur, v as Record<string, unknown>) : v;
  }
  return out as T;
}

import { useMemo, useRef } from 'react';

/**
 * The same list, but each item that did not change since the last render is the very object
 * seen then. The plan is read again after every save: without this, each of hundreds of goals
 * and actions would be a new object and every memoised line of the page would redraw.
 * When nothing changed, the list itself is the same as before.
 * @example const actions = useStableItems(view.actions);
 */
export function useStableItems<T extends { id: string }>(items: T[]): T[] {
  const seen = useRef(new Map<string, { json: string; item: T }>());
  const last = useRef<T[]>([]);
  return useMemo(() => {
    const next = new Map<string, { json: string; item: T }>();
    const out = items.map((item) => {
      const json = JSON.stringify(item);
      const before = seen.current.get(item.id);
      const kept = before && before.json === json ? before.item : item;
      next.set(item.id, { json, item: kept });
      return kept;
    });
    seen.current = next;
    // Nothing changed at all: the same list too.
    if (out.length === last.current.length && out.every((x, i) => x === last.current[i])) return last.current;
    last.current = out;
    return out;
  }, [items]);
}

/** A set that stays the same object while its members do not change. */
export function useStableSet(members: string[]): Set<string> {
  const key = [...members].sort().join('\n');
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}

import { compactName, normalizeName } from './normalize.js';

/** What the index needs from an entry; the caller's richer object is returned as is. */
export interface TIndexableComune {
  istat: string;
  name: string;
}

export interface TComuneIndex<T extends TIndexableComune> {
  /** Entries whose name, or any word of it, starts with the query; best first. */
  search(query: string, limit?: number): T[];
  /** The entry with this six-digit ISTAT code. */
  get(istat: string): T | undefined;
  readonly size: number;
}

export const DEFAULT_SEARCH_LIMIT = 10;

const SPACE = 32;

/** Parallel arrays sorted by key: binary search finds the prefix range in O(log n). */
interface TSortedKeys {
  keys: string[];
  ids: Int32Array;
}

function buildSorted(pairs: [string, number][]): TSortedKeys {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map((p) => p[0]), ids: Int32Array.from(pairs.map((p) => p[1])) };
}

function lowerBound(keys: string[], target: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds an in-memory prefix index over comuni. Matching is on normalized names
 * (accents, apostrophes and hyphens folded), on the start of the whole name or of
 * any later word ("lodi" finds "Sant'Angelo Lodigiano"), and on the name written
 * without spaces ("santangelo"). Order: exact names, then names starting with the
 * query (whole first word before partial), then names with a later word starting
 * with it; within each, shorter names first, then alphabetical.
 *
 * @example
 *   const index = buildComuneIndex([{ istat: '098031', name: 'Lodi' }, { istat: '098061', name: 'Lodi Vecchio' }]);
 *   index.search('lodi', 5).map((c) => c.name); // ["Lodi", "Lodi Vecchio"]
 *   index.get('098031')?.name; // "Lodi"
 */
export function buildComuneIndex<T extends TIndexableComune>(items: readonly T[]): TComuneIndex<T> {
  const normalized = items.map((c) => normalizeName(c.name));

  // One global order (length, then name, then code) so ranking inside a range is an integer compare.
  const order = items.map((_, i) => i);
  order.sort((a, b) => {
    const na = normalized[a]!;
    const nb = normalized[b]!;
    if (na.length !== nb.length) return na.length - nb.length;
    if (na !== nb) return na < nb ? -1 : 1;
    return items[a]!.istat < items[b]!.istat ? -1 : 1;
  });
  const rank = new Int32Array(items.length);
  order.forEach((id, position) => {
    rank[id] = position;
  });

  const fullPairs: [string, number][] = [];
  const wordPairs: [string, number][] = [];
  normalized.forEach((key, id) => {
    fullPairs.push([key, id]);
    const compact = compactName(key);
    if (compact !== key) fullPairs.push([compact, id]);
    for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) {
      const suffix = key.slice(i + 1);
      wordPairs.push([suffix, id]);
      const compactSuffix = compactName(suffix);
      if (compactSuffix !== suffix) wordPairs.push([compactSuffix, id]);
    }
  });
  const full = buildSorted(fullPairs);
  const words = buildSorted(wordPairs);
  const byCode = new Map(items.map((c) => [c.istat, c]));

  /**
   * Adds to `picked` the best `room` ids found in the prefix ranges, skipping `seen`. A match
   * ending on a word boundary ("lodi" in "Lodi Vecchio") beats a mid-word one ("Lodine"):
   * a user who typed a whole word most likely meant it.
   */
  function collect(sorted: TSortedKeys, queries: string[], room: number, seen: Set<number>, picked: number[]): void {
    if (room <= 0) return;
    const bestIds: number[] = [];
    const bestScores: number[] = []; // ascending, at most `room`
    for (const q of queries) {
      const end = lowerBound(sorted.keys, `${q}\uffff`);
      for (let i = lowerBound(sorted.keys, q); i < end; i++) {
        const id = sorted.ids[i]!;
        if (seen.has(id)) continue;
        const key = sorted.keys[i]!;
        const score = rank[id]! + (key.length === q.length || key.charCodeAt(q.length) === SPACE ? 0 : items.length);
        if (bestIds.length === room && score >= bestScores[bestScores.length - 1]!) continue;
        const previous = bestIds.indexOf(id);
        if (previous !== -1) {
          if (bestScores[previous]! <= score) continue;
          bestIds.splice(previous, 1);
          bestScores.splice(previous, 1);
        }
        let at = bestScores.length;
        while (at > 0 && bestScores[at - 1]! > score) at--;
        bestIds.splice(at, 0, id);
        bestScores.splice(at, 0, score);
        if (bestIds.length > room) {
          bestIds.pop();
          bestScores.pop();
        }
      }
    }
    for (const id of bestIds) {
      seen.add(id);
      picked.push(id);
    }
  }

  return {
    size: items.length,
    get: (istat) => byCode.get(istat),
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const q = normalizeName(query);
      if (q === '' || limit <= 0) return [];
      const compact = compactName(q);
      const queries = compact === q ? [q] : [q, compact];
      const seen = new Set<number>();
      const picked: number[] = [];

      // Exact names first: they sit at the start of their range.
      for (const k of queries) {
        for (let i = lowerBound(full.keys, k); i < full.keys.length && full.keys[i] === k; i++) {
          const id = full.ids[i]!;
          if (!seen.has(id)) {
            seen.add(id);
            picked.push(id);
          }
        }
      }
      picked.sort((a, b) => rank[a]! - rank[b]!);
      picked.length = Math.min(picked.length, limit);
      collect(full, queries, limit - picked.length, seen, picked);
      collect(words, queries, limit - picked.length, seen, picked);
      return picked.map((id) => items[id]!);
    },
  };
}

import { normalizeName } from '../geo/normalize.js';
import type { TComuneLookup } from './comune-lookup.js';
import type { TCallComuni } from './types.js';

/** "Tutti i comuni", and the catalogue's own typo "Titti i comuni" (ID 138). */
function meansAllComuni(text: string): boolean {
  return /^t[a-z]{3,5} i comuni$/.test(normalizeName(text));
}

/**
 * The portal's `Comuni` (names separated by `;` or `,`) as ISTAT codes. A name is matched
 * when exactly one comune of that name lies in the call's regions (or in Italy, for a call
 * without regions); the others are kept as written, so a person can still read them.
 *
 * @example
 *   normalizeComuni('Udine', ['06'], lookup); // { istat: ['030129'], unmatched: [] }
 *   normalizeComuni('Tutti i comuni', [], lookup); // 'all'
 */
export function normalizeComuni(text: string | undefined, regions: readonly string[], lookup: TComuneLookup): TCallComuni {
  if (text === undefined || text.trim() === '' || meansAllComuni(text)) return 'all';
  // A list uses one separator: semicolons when there are any, else commas.
  const separator = text.includes(';') ? ';' : ',';
  const istat = new Set<string>();
  const unmatched: string[] = [];
  for (const raw of text.split(separator)) {
    const name = raw.trim();
    if (!name) continue;
    const all = lookup.find(name);
    const inRegions = regions.length ? all.filter((c) => regions.includes(c.regionCode)) : all;
    if (inRegions.length === 1) istat.add(inRegions[0]!.istat);
    else unmatched.push(name);
  }
  return { istat: [...istat].sort(), unmatched };
}

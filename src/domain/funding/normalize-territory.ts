import { normalizeName } from '../geo/normalize.js';
import { ALL_REGION_CODES, regionCodeOf } from './regions.js';

/**
 * A record listing at least this many distinct regions is national: national measures list
 * all 20, but some list 19 (the catalogue's own slip, e.g. ID 145 lists "Tutti i comuni" yet
 * leaves Puglia out).
 */
export const NATIONAL_MIN_REGIONS = 19;

export interface TTerritory {
  national: boolean;
  regions: string[];
  abroad: boolean;
}

/**
 * The portal's `Regioni` as ISTAT codes; `Estero` sets `abroad`. A name that is no region
 * is a problem (a wrong territory would tell people the wrong thing).
 *
 * @example
 *   normalizeRegions(['Friuli-Venezia Giulia']); // { ok: true, territory: { national: false, regions: ['06'], abroad: false } }
 */
export function normalizeRegions(names: readonly string[] | undefined): { ok: true; territory: TTerritory } | { ok: false; message: string } {
  const codes = new Set<string>();
  let abroad = false;
  for (const name of names ?? []) {
    if (normalizeName(name) === 'estero') {
      abroad = true;
      continue;
    }
    const code = regionCodeOf(name);
    if (!code) return { ok: false, message: `"${name}" is not an Italian region` };
    codes.add(code);
  }
  const regions = [...codes].sort();
  // A national call covers every region, the one a 19-region list leaves out included.
  const national = regions.length >= NATIONAL_MIN_REGIONS;
  return { ok: true, territory: { national, regions: national ? [...ALL_REGION_CODES] : regions, abroad } };
}

/**
 * Whether some angel can meet a place in person: the matching's in-person rule (the place within
 * the angel's `radiusKm` of their base, great-circle km by `haversineKm`, as `evaluateAngel`
 * decides), asked for a few thousand places against a few thousand bases at once.
 *
 * The map needs one answer per comune, not per request, and the angels who meet in person fold to
 * one site per base point (the largest radius there reaches everything the others do), so the
 * whole network is a few thousand sites, listed on the grid "Assegna tutte" uses
 * (matching/reach-grid.ts); a place then tests only the sites of its own cell, stopping at the
 * first within reach. Sites too wide to list are tested for every place.
 */
import { haversineKm } from '../matching/distance.js';
import { mayReachByLatitude, reachCellOf, reachDiskCells } from '../matching/reach-grid.js';

export interface TPoint {
  lat: number;
  lon: number;
}

export interface TReachSite extends TPoint {
  radiusKm: number;
}

export interface TInPersonReach {
  /** True when the point lies within the radius of at least one site. */
  reaches(point: TPoint): boolean;
  /** Sites after folding by base point. */
  readonly siteCount: number;
}

/** One site per base point, with the largest radius there; sites with a negative radius reach nothing. */
function foldByPoint(sites: Iterable<TReachSite>): TReachSite[] {
  const byPoint = new Map<string, TReachSite>();
  for (const site of sites) {
    if (!(site.radiusKm >= 0)) continue;
    const key = `${site.lat},${site.lon}`;
    const known = byPoint.get(key);
    if (!known || known.radiusKm < site.radiusKm) byPoint.set(key, { lat: site.lat, lon: site.lon, radiusKm: site.radiusKm });
  }
  return [...byPoint.values()];
}

/**
 * Prepares the sites once; each question then reads only nearby sites.
 *
 * @example
 *   const reach = inPersonReach([{ lat: 45.4642, lon: 9.19, radiusKm: 50 }]);
 *   reach.reaches({ lat: 45.3097, lon: 9.5037 }); // true: Lodi is about 30 km away
 */
export function inPersonReach(sites: Iterable<TReachSite>): TInPersonReach {
  const folded = foldByPoint(sites);
  const grid = new Map<number, TReachSite[]>();
  const wide: TReachSite[] = [];
  for (const site of folded) {
    const cells = reachDiskCells(site.lat, site.lon, site.radiusKm);
    if (cells === null) {
      wide.push(site);
      continue;
    }
    for (const cell of cells) {
      const list = grid.get(cell);
      if (list) list.push(site);
      else grid.set(cell, [site]);
    }
  }
  const within = (site: TReachSite, point: TPoint) => mayReachByLatitude(site.lat, site.radiusKm, point.lat) && haversineKm(point, site) <= site.radiusKm;
  return {
    reaches(point) {
      for (const site of grid.get(reachCellOf(point.lat, point.lon)) ?? []) if (within(site, point)) return true;
      for (const site of wide) if (within(site, point)) return true;
      return false;
    },
    siteCount: folded.length,
  };
}

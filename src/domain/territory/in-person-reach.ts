/**
 * Whether some angel can meet a place in person: the matching's in-person rule (the place within
 * the angel's `radiusKm` of their base, great-circle km by `haversineKm`, as `evaluateAngel`
 * decides), asked for a few thousand places against a few thousand bases at once.
 *
 * The map needs one answer per comune, not per request, and the angels who meet in person fold to
 * one site per base point (the largest radius there reaches everything the others do), so the
 * whole network is a few thousand sites. Each site is listed in the half-degree cells its travel
 * disk may touch (the disk's bounding box on the sphere, widened by a slack so rounding only adds
 * sites to test); a place then tests only the sites of its own cell, stopping at the first within
 * reach. Sites too wide to list are tested for every place.
 */
import { EARTH_RADIUS_KM, haversineKm } from '../matching/distance.js';

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

const CELL_DEG = 0.5;
const COLS = Math.round(360 / CELL_DEG) + 1;
const RAD = Math.PI / 180;
const KM_PER_DEG_LAT = EARTH_RADIUS_KM * RAD;
const SLACK = 1e-6;

function cellOf(lat: number, lon: number): number {
  return Math.floor((lat + 90) / CELL_DEG) * COLS + Math.floor((lon + 180) / CELL_DEG);
}

/** Cells the site's disk may touch, or null when it is too wide to list (near a pole or the antimeridian, or huge). */
function diskCells(site: TReachSite): number[] | null {
  const delta = site.radiusKm / EARTH_RADIUS_KM;
  if (delta > 0.2) return null;
  const dLat = (delta / RAD) * (1 + SLACK) + SLACK;
  // Widest longitude of a spherical cap of angular radius delta centred at the site's latitude.
  const sinLon = Math.sin(delta) / Math.cos(site.lat * RAD);
  if (site.lat - dLat < -85 || site.lat + dLat > 85 || sinLon >= 1) return null;
  const dLon = (Math.asin(sinLon) / RAD) * (1 + SLACK) + SLACK;
  if (site.lon - dLon < -180 || site.lon + dLon >= 180) return null;
  const row0 = Math.floor((site.lat - dLat + 90) / CELL_DEG);
  const row1 = Math.floor((site.lat + dLat + 90) / CELL_DEG);
  const col0 = Math.floor((site.lon - dLon + 180) / CELL_DEG);
  const col1 = Math.floor((site.lon + dLon + 180) / CELL_DEG);
  const cells: number[] = [];
  for (let row = row0; row <= row1; row++) for (let col = col0; col <= col1; col++) cells.push(row * COLS + col);
  return cells;
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
    const cells = diskCells(site);
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
  // A great circle is never shorter than its north–south part: a cheap, safe rejection first.
  const within = (site: TReachSite, point: TPoint) =>
    Math.abs(site.lat - point.lat) * KM_PER_DEG_LAT <= site.radiusKm * (1 + SLACK) + SLACK && haversineKm(point, site) <= site.radiusKm;
  return {
    reaches(point) {
      for (const site of grid.get(cellOf(point.lat, point.lon)) ?? []) if (within(site, point)) return true;
      for (const site of wide) if (within(site, point)) return true;
      return false;
    },
    siteCount: folded.length,
  };
}

/**
 * The half-degree grid that finds who can meet a place in person without testing every pair:
 * a site (an angel's base and radius) is listed in the cells its travel disk may touch, and a
 * place tests only the sites of its own cell. Shared by "Assegna tutte"'s pairs and the map's
 * reach, which must agree with the matching's in-person rule (`haversineKm` within `radiusKm`).
 */
import { EARTH_RADIUS_KM } from './distance.js';

const CELL_DEG = 0.5;
const COLS = Math.round(360 / CELL_DEG) + 1;
const RAD = Math.PI / 180;
/** Slack on every bound, so rounding can only add candidates to test, never drop one. */
const SLACK = 1e-6;
const KM_PER_DEG_LAT = EARTH_RADIUS_KM * RAD;

/** The cell a place lies in. */
export function reachCellOf(lat: number, lon: number): number {
  return Math.floor((lat + 90) / CELL_DEG) * COLS + Math.floor((lon + 180) / CELL_DEG);
}

/**
 * Cells a disk of `radiusKm` around the site may touch (its bounding box on the sphere), or null
 * when it is too wide to list (near a pole or the antimeridian, or over ~1,300 km): such a site is
 * tested for every place instead.
 */
export function reachDiskCells(lat: number, lon: number, radiusKm: number): number[] | null {
  const delta = radiusKm / EARTH_RADIUS_KM;
  if (delta > 0.2) return null;
  const dLat = (delta / RAD) * (1 + SLACK) + SLACK;
  // Widest longitude of a spherical cap of angular radius delta centred at the site's latitude.
  const sinLon = Math.sin(delta) / Math.cos(lat * RAD);
  if (lat - dLat < -85 || lat + dLat > 85 || sinLon >= 1) return null;
  const dLon = (Math.asin(sinLon) / RAD) * (1 + SLACK) + SLACK;
  if (lon - dLon < -180 || lon + dLon >= 180) return null;
  const row0 = Math.floor((lat - dLat + 90) / CELL_DEG);
  const row1 = Math.floor((lat + dLat + 90) / CELL_DEG);
  const col0 = Math.floor((lon - dLon + 180) / CELL_DEG);
  const col1 = Math.floor((lon + dLon + 180) / CELL_DEG);
  const cells: number[] = [];
  for (let row = row0; row <= row1; row++) for (let col = col0; col <= col1; col++) cells.push(row * COLS + col);
  return cells;
}

/**
 * False when the place is surely out of reach by latitude alone: a great circle is never shorter
 * than its north–south part. A cheap, safe rejection before `haversineKm`.
 */
export function mayReachByLatitude(siteLat: number, radiusKm: number, placeLat: number): boolean {
  return Math.abs(siteLat - placeLat) * KM_PER_DEG_LAT <= radiusKm * (1 + SLACK) + SLACK;
}

import fs from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../../config/paths.js';

/** The shipped geography, built by scripts/build-geo.ts; see docs/data.md. */
const RESOURCES = pathToFileURL(projectPath('resources', 'geo') + '/');

export interface TRegionRecord {
  code: string;
  name: string;
}

export interface TProvinceRecord {
  code: string;
  sigla: string;
  name: string;
  regionCode: string;
}

export interface TComuneRecord {
  istat: string;
  name: string;
  provinceCode: string;
  lat: number;
  lon: number;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(new URL(file, RESOURCES), 'utf8')) as T;
}

/**
 * Regions, provinces and comuni as shipped in resources/geo.
 *
 * @example
 *   const { comuni } = await loadReferenceData(); // 7,896 entries
 */
export async function loadReferenceData(): Promise<{
  regions: TRegionRecord[];
  provinces: TProvinceRecord[];
  comuni: TComuneRecord[];
}> {
  const [regions, provinces, comuni] = await Promise.all([
    readJson<TRegionRecord[]>('regions.json'),
    readJson<TProvinceRecord[]>('provinces.json'),
    readJson<TComuneRecord[]>('comuni.json'),
  ]);
  return { regions, provinces, comuni };
}

/**
 * Centroids by ISTAT code from the shipped openpolis file (June 2023); rows without
 * coordinates are left out so callers fall back to another source.
 *
 * @example
 *   (await loadCentroids()).get('040012'); // { lat: 44.22736, lon: 12.05031 }
 */
export async function loadCentroids(): Promise<Map<string, { lat: number; lon: number }>> {
  const text = await fs.readFile(new URL('comuni-centroids.csv', RESOURCES), 'utf8');
  const out = new Map<string, { lat: number; lon: number }>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const f = line.split(',');
    if (f.length < 7) continue;
    const lat = Number(f[5]);
    const lon = Number(f[6]);
    if (Number.isFinite(lat) && Number.isFinite(lon)) out.set(f[0]!, { lat, lon });
  }
  return out;
}

import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, province, region } from '../../db/schema/geo.js';
import { buildComuneIndex, type TComuneIndex } from '../../domain/geo/comune-index.js';

export interface TComuneItem {
  istat: string;
  name: string;
  province: { code: string; sigla: string; name: string };
  region: { code: string; name: string };
  lat: number;
  lon: number;
}

/** PostgreSQL NOTIFY channel announcing that the comune table changed (an ISTAT import). */
export const COMUNI_CHANGED_CHANNEL = 'affianco_comuni_changed';

// Keyed by the db object: each test database (and the app's one pool) gets its own index.
const cache = new WeakMap<TDb, Promise<TComuneIndex<TComuneItem>>>();

async function loadIndex(db: TDb): Promise<TComuneIndex<TComuneItem>> {
  const rows = await db
    .select({
      istat: comune.istat,
      name: comune.name,
      lat: comune.lat,
      lon: comune.lon,
      provinceCode: province.code,
      provinceSigla: province.sigla,
      provinceName: province.name,
      regionCode: region.code,
      regionName: region.name,
    })
    .from(comune)
    .innerJoin(province, eq(province.code, comune.provinceCode))
    .innerJoin(region, eq(region.code, province.regionCode))
    .where(eq(comune.isActive, true));
  return buildComuneIndex(
    rows.map((r) => ({
      istat: r.istat,
      name: r.name,
      province: { code: r.provinceCode, sigla: r.provinceSigla, name: r.provinceName },
      region: { code: r.regionCode, name: r.regionName },
      lat: r.lat,
      lon: r.lon,
    })),
  );
}

/**
 * The in-memory index of active comuni, loaded from the database on first use.
 *
 * @example
 *   const index = await getComuneIndex(db);
 *   index.search('forli', 5)[0]?.istat; // "040012"
 */
export function getComuneIndex(db: TDb): Promise<TComuneIndex<TComuneItem>> {
  let pending = cache.get(db);
  if (!pending) {
    pending = loadIndex(db);
    cache.set(db, pending);
    // A failed load (database down) must not stick: the next call tries again.
    pending.catch(() => cache.delete(db));
  }
  return pending;
}

/**
 * Rebuilds the index after the comuni changed (an ISTAT import).
 *
 * @example
 *   await importComuni(db, bytes); // calls this itself
 */
export async function reloadComuneIndex(db: TDb): Promise<TComuneIndex<TComuneItem>> {
  cache.delete(db);
  return getComuneIndex(db);
}

/**
 * Comuni whose name or a word of it starts with the query, best first.
 *
 * @example
 *   await searchComuni(db, 'lodi', 3); // Lodi, Lodi Vecchio, ...
 */
export async function searchComuni(db: TDb, query: string, limit: number): Promise<TComuneItem[]> {
  return (await getComuneIndex(db)).search(query, limit);
}

/**
 * One active comune by ISTAT code.
 *
 * @example
 *   (await findComune(db, '040012'))?.name; // "Forlì"
 */
export async function findComune(db: TDb, istat: string): Promise<TComuneItem | undefined> {
  return (await getComuneIndex(db)).get(istat);
}

/**
 * All provinces with their region's name, by code.
 *
 * @example
 *   (await listProvinces(db))[0]; // { code: "001", sigla: "TO", name: "Torino", regionCode: "01", regionName: "Piemonte" }
 */
export async function listProvinces(db: TDb) {
  return db
    .select({
      code: province.code,
      sigla: province.sigla,
      name: province.name,
      regionCode: province.regionCode,
      regionName: region.name,
    })
    .from(province)
    .innerJoin(region, eq(region.code, province.regionCode))
    .orderBy(province.code);
}

/**
 * All regions, by code.
 *
 * @example
 *   (await listRegions(db)).length; // 20
 */
export async function listRegions(db: TDb) {
  return db.select({ code: region.code, name: region.name }).from(region).orderBy(region.code);
}

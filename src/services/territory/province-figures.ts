import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { inPersonReach, type TReachSite } from '../../domain/territory/in-person-reach.js';
import { withoutJit } from '../insights/scope.js';

/** The five figures the territory map colours by. */
export const TERRITORY_FIGURES = ['openRequests', 'accompanied', 'angels', 'freeCapacity', 'unservedInPerson'] as const;
export type TTerritoryFigure = (typeof TERRITORY_FIGURES)[number];
export type TFigures = Record<TTerritoryFigure, number>;

export interface TProvinceFigures extends TFigures {
  code: string;
  name: string;
  regionCode: string;
  /** The sportello serving the province, or null when none does yet. */
  sportelloId: string | null;
}

export const zeroFigures = (): TFigures => ({ openRequests: 0, accompanied: 0, angels: 0, freeCapacity: 0, unservedInPerson: 0 });

/** Adds up figures (a sportello's total from its provinces). */
export function sumFigures(rows: ReadonlyArray<TFigures>): TFigures {
  const total = zeroFigures();
  for (const row of rows) for (const key of TERRITORY_FIGURES) total[key] += row[key];
  return total;
}

type TProvinceRow = { code: string; name: string; region_code: string; sportello_id: string | null };
type TCountRow = { province_code: string; n: number };
type TPlaceRow = { province_code: string; lat: number; lon: number; n: number };
type TAngelRow = { province_code: string; lat: number; lon: number; angels: number; free_capacity: number; reach_km: number | null };

/**
 * Every province with its figures, from four grouped reads run side by side, none of them per
 * request or per business:
 * - openRequests: ascolto requests not closed (`new`, `in_progress`), by the request's comune
 *   (the partial index on open requests by comune, read alone);
 * - accompanied: businesses with an open assignment (`ended_at` null), by the business's comune,
 *   which each assignment carries (`business_comune_istat`, kept by triggers): the partial index
 *   on open assignments by that comune answers alone, without the business table;
 * - angels / freeCapacity: qualified, unpaused angels by their base comune, and the sum of
 *   `max(capacity − open assignments, 0)`;
 * - unservedInPerson: open requests whose comune centroid is farther than `radius_km` from every
 *   qualified, unpaused angel who meets in person and has free capacity (the matching's
 *   in-person rule, `inPersonReach`, without skills or languages). The angels' read gives, per
 *   base point, the largest radius among those who count, so the reach is decided once per
 *   comune with open requests against a few thousand sites, in memory.
 *
 * The reads run with JIT off: their plans are cheap, and compiling them cost more than running
 * them (a second on the national database).
 *
 * @example const rows = await provinceFigures(db); // 107 rows, sorted by province code
 */
export async function provinceFigures(db: TDb): Promise<TProvinceFigures[]> {
  const [provinces, places, accompanied, angels] = await Promise.all([
    db.execute<TProvinceRow>(sql`
      select p.code, p.name, p.region_code, (select sp.sportello_id::text from sportello_province sp where sp.province_code = p.code order by sp.sportello_id limit 1) as sportello_id
      from province p order by p.code`),
    withoutJit(db, (tx) =>
      tx.execute<TPlaceRow>(sql`
        select c.province_code, c.lat, c.lon, a.n
        from (select r.comune_istat, count(*)::int as n from intake_request r where r.status <> 'closed' group by r.comune_istat) a
        join comune c on c.istat = a.comune_istat`),
    ),
    withoutJit(db, (tx) =>
      tx.execute<TCountRow>(sql`
        select c.province_code, sum(a.n)::int as n
        from (
          select business_comune_istat, count(distinct business_id)::int as n
          from assignment where ended_at is null group by business_comune_istat
        ) a join comune c on c.istat = a.business_comune_istat
        group by c.province_code`),
    ),
    withoutJit(db, (tx) =>
      tx.execute<TAngelRow>(sql`
        with load as (select angel_user_id, count(*)::int as n from assignment where ended_at is null group by angel_user_id),
        folded as (
          select ap.base_comune_istat, ap.lat, ap.lon, count(*)::int as angels,
            coalesce(sum(greatest(ap.capacity - coalesce(l.n, 0), 0)), 0)::int as free_capacity,
            (max(ap.radius_km) filter (where 'in_person' = any(ap.modes) and ap.capacity > coalesce(l.n, 0)))::float8 as reach_km
          from angel_profile ap left join load l on l.angel_user_id = ap.user_id
          where ap.status = 'qualified' and not ap.is_paused
          group by ap.base_comune_istat, ap.lat, ap.lon
        )
        select c.province_code, f.lat, f.lon, f.angels, f.free_capacity, f.reach_km from folded f join comune c on c.istat = f.base_comune_istat`),
    ),
  ]);
  const figures = new Map(provinces.rows.map((p) => [p.code, zeroFigures()]));
  const add = (code: string, key: TTerritoryFigure, n: number) => {
    const row = figures.get(code);
    if (row) row[key] += Number(n);
  };
  const sites: TReachSite[] = [];
  for (const a of angels.rows) {
    add(a.province_code, 'angels', a.angels);
    add(a.province_code, 'freeCapacity', a.free_capacity);
    if (a.reach_km !== null) sites.push({ lat: Number(a.lat), lon: Number(a.lon), radiusKm: Number(a.reach_km) });
  }
  const reach = inPersonReach(sites);
  for (const p of places.rows) {
    add(p.province_code, 'openRequests', p.n);
    if (!reach.reaches({ lat: Number(p.lat), lon: Number(p.lon) })) add(p.province_code, 'unservedInPerson', p.n);
  }
  for (const a of accompanied.rows) add(a.province_code, 'accompanied', a.n);
  return provinces.rows.map((p) => ({ code: p.code, name: p.name, regionCode: p.region_code, sportelloId: p.sportello_id, ...figures.get(p.code)! }));
}

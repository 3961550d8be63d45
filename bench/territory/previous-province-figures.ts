/**
 * The map's figures as provinceFigures computed them before issue 15's speed work: four grouped
 * SQL passes, the in-person reach as a correlated NOT EXISTS on a half-degree grid and the open
 * assignments joined to every business. Kept only as the bench's peer: the bench checks that the
 * new figures equal these for every province, then times both in the same run.
 */
import { sql } from 'drizzle-orm';
import type { TDb } from '../../src/db/client.js';
import { EARTH_RADIUS_KM } from '../../src/domain/matching/distance.js';
import type { TProvinceFigures } from '../../src/services/territory/province-figures.js';

/**
 * The grid the in-person check joins on: cells of 1/2 degree. A cell is at least 55 km tall and,
 * north of Italy's northernmost point (47.1° N), at least 37 km wide, so a site reaching r km
 * touches every cell within ceil(r/55) rows and ceil(r/37) columns of its own.
 */
const CELLS_PER_DEGREE = 2;
const CELL_LAT_KM = 55;
const CELL_LON_KM = 37;

type TCountRow = { province_code: string; n: number };
type TRequestRow = { province_code: string; open_requests: number; unserved: number };
type TAngelRow = { province_code: string; angels: number; free_capacity: number };

/**
 * Every province with its figures, in four grouped SQL passes (open and unserved requests share one):
 * - openRequests: ascolto requests not closed (`new`, `in_progress`), by the request's comune;
 * - accompanied: businesses with an open assignment (`ended_at` null), by the business's comune;
 * - angels / freeCapacity: qualified, unpaused angels by their base comune, and the sum of
 *   `max(capacity − open assignments, 0)`;
 * - unservedInPerson: open requests whose comune centroid is farther than `radius_km` from every
 *   qualified, unpaused angel who meets in person and has free capacity (haversine on the comune
 *   centroid against the angel's base; the hard rules of matching for the in-person mode, without
 *   skills or languages). Angels are first folded by base point, keeping the largest radius, and
 *   spread over the half-degree cells their radius reaches; requests' comuni are then joined on
 *   their cell, so haversine runs only for nearby pairs (exact: no pair within reach is missed).
 */
export async function previousProvinceFigures(db: TDb): Promise<TProvinceFigures[]> {
  const [provinces, accompanied, angels, requests] = await Promise.all([
    db.execute<{ code: string; name: string; region_code: string; sportello_id: string | null }>(sql`
      select p.code, p.name, p.region_code, (select sp.sportello_id::text from sportello_province sp where sp.province_code = p.code order by sp.sportello_id limit 1) as sportello_id
      from province p order by p.code`),
    db.execute<TCountRow>(sql`
      select c.province_code, count(*)::int as n
      from (select distinct business_id from assignment where ended_at is null) a join business b on b.id = a.business_id join comune c on c.istat = b.comune_istat
      group by c.province_code`),
    db.execute<TAngelRow>(sql`
      with load as (select angel_user_id, count(*)::int as n from assignment where ended_at is null group by angel_user_id)
      select c.province_code, count(*)::int as angels, coalesce(sum(greatest(ap.capacity - coalesce(l.n, 0), 0)), 0)::int as free_capacity
      from angel_profile ap join comune c on c.istat = ap.base_comune_istat left join load l on l.angel_user_id = ap.user_id
      where ap.status = 'qualified' and not ap.is_paused
      group by c.province_code`),
    db.execute<TRequestRow>(sql`
      with load as (select angel_user_id, count(*)::int as n from assignment where ended_at is null group by angel_user_id),
      sites as (
        select ap.lat, ap.lon, max(ap.radius_km)::float8 as radius_km
        from angel_profile ap left join load l on l.angel_user_id = ap.user_id
        where ap.status = 'qualified' and not ap.is_paused and 'in_person' = any(ap.modes) and ap.capacity > coalesce(l.n, 0)
        group by ap.lat, ap.lon
      ),
      site_cells as (
        select s.lat, s.lon, s.radius_km, floor(s.lat * ${CELLS_PER_DEGREE})::int + dy as cy, floor(s.lon * ${CELLS_PER_DEGREE})::int + dx as cx
        from sites s
        cross join lateral generate_series(-ceil(s.radius_km / ${CELL_LAT_KM})::int, ceil(s.radius_km / ${CELL_LAT_KM})::int) dy
        cross join lateral generate_series(-ceil(s.radius_km / ${CELL_LON_KM})::int, ceil(s.radius_km / ${CELL_LON_KM})::int) dx
      ),
      asked as (
        select r.comune_istat, count(*)::int as n from intake_request r where r.status <> 'closed' group by r.comune_istat
      ),
      places as (
        select a.comune_istat, a.n, c.province_code, c.lat, c.lon, floor(c.lat * ${CELLS_PER_DEGREE})::int as cy, floor(c.lon * ${CELLS_PER_DEGREE})::int as cx
        from asked a join comune c on c.istat = a.comune_istat
      )
      select p.province_code, sum(p.n)::int as open_requests,
        coalesce(sum(p.n) filter (where not exists (
          select 1 from site_cells s
          where s.cy = p.cy and s.cx = p.cx
            and 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
              power(sin(radians(s.lat - p.lat) / 2), 2) + cos(radians(p.lat)) * cos(radians(s.lat)) * power(sin(radians(s.lon - p.lon) / 2), 2)
            ))) <= s.radius_km
        )), 0)::int as unserved
      from places p
      group by p.province_code`),
  ]);
  const byCode = (rows: TCountRow[]) => new Map(rows.map((r) => [r.province_code, Number(r.n)]));
  const accompaniedBy = byCode(accompanied.rows);
  const requestsBy = new Map(requests.rows.map((r) => [r.province_code, r]));
  const angelsBy = new Map(angels.rows.map((r) => [r.province_code, r]));
  return provinces.rows.map((p) => ({
    code: p.code,
    name: p.name,
    regionCode: p.region_code,
    sportelloId: p.sportello_id,
    openRequests: Number(requestsBy.get(p.code)?.open_requests ?? 0),
    accompanied: accompaniedBy.get(p.code) ?? 0,
    angels: Number(angelsBy.get(p.code)?.angels ?? 0),
    freeCapacity: Number(angelsBy.get(p.code)?.free_capacity ?? 0),
    unservedInPerson: Number(requestsBy.get(p.code)?.unserved ?? 0),
  }));
}

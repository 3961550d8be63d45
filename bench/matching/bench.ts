/**
 * Matching: top 5 of 100,000 angels. The in-memory index against the straightforward SQL query
 * on PostgreSQL (embedded), in the same run, on the same seeded data.
 *
 *   npx tsx bench/matching/bench.ts [angels] [businesses] [sqlBusinesses]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { buildMatchingIndex } from '../../src/domain/matching/matching-index.js';
import { prepareBusiness } from '../../src/domain/matching/evaluate-angel.js';
import { rankAngels } from '../../src/domain/matching/rank-angels.js';
import type { TMatchBusiness } from '../../src/domain/matching/types.js';
import { generateAngels, generateBusinesses, loadComuni } from './generate-angels.js';

const ANGELS = Number(process.argv[2] ?? 100_000);
const BUSINESSES = Number(process.argv[3] ?? 2_000);
const SQL_BUSINESSES = Number(process.argv[4] ?? 200);
const LIMIT = 5;

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1]! };
}

function report(label: string, samples: number[]) {
  const p = percentiles(samples);
  const fmt = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`).padStart(10);
  console.log(`${label.padEnd(40)} n=${String(p.n).padStart(5)}  p50${fmt(p.p50)}  p95${fmt(p.p95)}  p99${fmt(p.p99)}  max${fmt(p.max)}`);
  return p;
}

const elapsedUs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1000;

// ---------------------------------------------------------------- data
const comuni = loadComuni();
let t = process.hrtime.bigint();
const angels = generateAngels(ANGELS, 2026, comuni);
const businesses = generateBusinesses(BUSINESSES, 1122, comuni);
console.log(`data: ${ANGELS.toLocaleString('en')} angels, ${BUSINESSES.toLocaleString('en')} businesses at random comuni (${(elapsedUs(t) / 1000).toFixed(0)} ms)`);
console.log(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, Node ${process.version}`);

// ---------------------------------------------------------------- index
t = process.hrtime.bigint();
const index = buildMatchingIndex(angels);
console.log(`index build: ${(elapsedUs(t) / 1000).toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

for (const b of businesses.slice(0, 500)) index.topFor(b, LIMIT); // warm-up for the JIT
const samples: number[] = [];
const byMode: Record<string, number[]> = { in_person: [], any: [], remote: [] };
let proposed = 0;
// CPU time of this process beside wall time: on a shared machine the wall-clock tail is mostly
// other processes' turns on the CPU, which CPU time leaves out.
const cpuSamples: number[] = [];
for (const b of businesses) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const top = index.topFor(b, LIMIT);
  const us = elapsedUs(start);
  const used = process.cpuUsage(cpu);
  cpuSamples.push(used.user + used.system);
  samples.push(us);
  byMode[b.mode]!.push(us);
  proposed += top.length;
}
console.log(`\nindex topFor(business, ${LIMIT}), avg ${(proposed / businesses.length).toFixed(2)} proposed`);
const indexP = report('index, all modes', samples);
for (const [mode, s] of Object.entries(byMode)) report(`  ${mode}`, s);
report('index, CPU time of the process', cpuSamples);

// Correctness on a sample: the index must equal the full scan.
const checkSet = businesses.slice(0, 100);
t = process.hrtime.bigint();
let scanMismatches = 0;
const scanSamples: number[] = [];
for (const b of checkSet) {
  const start = process.hrtime.bigint();
  const full = rankAngels(b, angels, { limit: LIMIT });
  scanSamples.push(elapsedUs(start));
  if (JSON.stringify(full) !== JSON.stringify(index.topFor(b, LIMIT))) scanMismatches++;
}
report('peer: rankAngels full scan (in process)', scanSamples);
console.log(`index vs full scan: ${scanMismatches} mismatches in ${checkSet.length}`);

// ---------------------------------------------------------------- PostgreSQL
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-match-'));
fs.chmodSync(dataDir, 0o755);
const server = await startEmbeddedPostgres({ dataDir });
const client = new pg.Client({ connectionString: server.url });
try {
  await client.connect();
  const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await client.query(`
    CREATE TEMP TABLE angels (
      id text PRIMARY KEY,
      lat float8 NOT NULL, lon float8 NOT NULL, radius_km float8 NOT NULL,
      skills text[] NOT NULL, sectors text[] NOT NULL, modes text[] NOT NULL, languages text[] NOT NULL,
      capacity int NOT NULL, active_cases int NOT NULL, available boolean NOT NULL,
      reach box NOT NULL -- the travel disk's bounding box in (lon, lat), for a GiST lookup
    )`);
  t = process.hrtime.bigint();
  const BATCH = 5000;
  for (let i = 0; i < angels.length; i += BATCH) {
    const rows = angels.slice(i, i + BATCH);
    await client.query(
      `INSERT INTO angels (id, lat, lon, radius_km, skills, sectors, modes, languages, capacity, active_cases, available, reach)
       SELECT id, lat, lon, r, string_to_array(sk, ','), string_to_array(se, ','), string_to_array(mo, ','), string_to_array(la, ','), cap, act, av,
              box(point(lon - dlon, lat - dlat), point(lon + dlon, lat + dlat))
       FROM (SELECT *, degrees(r / 6371.0088) * 1.0001 + 1e-6 AS dlat,
                    degrees(asin(least(1, sin(r / 6371.0088) / cos(radians(lat))))) * 1.0001 + 1e-6 AS dlon
             FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::bool[])
                  AS u(id, lat, lon, r, sk, se, mo, la, cap, act, av)) s`,
      [
        rows.map((a) => a.id),
        rows.map((a) => a.location.lat),
        rows.map((a) => a.location.lon),
        rows.map((a) => a.radiusKm),
        rows.map((a) => a.skills.join(',')),
        rows.map((a) => a.sectors.join(',')),
        rows.map((a) => a.modes.join(',')),
        rows.map((a) => a.languages.map((l) => l.toLowerCase()).join(',')),
        rows.map((a) => a.capacity),
        rows.map((a) => a.activeCases),
        rows.map((a) => a.available),
      ],
    );
  }
  // Indexes only on angels who can be proposed at all; GiST for "whose disk holds this point",
  // GIN for languages and modes.
  await client.query(`CREATE INDEX angels_reach ON angels USING gist (reach) WHERE available AND active_cases < capacity AND 'in_person' = ANY(modes)`);
  await client.query(`CREATE INDEX angels_langs ON angels USING gin (languages) WHERE available AND active_cases < capacity`);
  await client.query(`CREATE INDEX angels_modes ON angels USING gin (modes) WHERE available AND active_cases < capacity`);
  await client.query('ANALYZE angels');
  console.log(`\nPostgreSQL ${version}: ${ANGELS.toLocaleString('en')} rows loaded and indexed in ${(elapsedUs(t) / 1000).toFixed(0)} ms`);

  // The same rules and order as MATCHING.md: hard rules in WHERE, the priority in ORDER BY.
  const sql = `
    WITH c AS (
      SELECT a.id, a.active_cases, a.capacity, a.modes,
             (SELECT coalesce(sum(n.w), 0) FROM unnest($4::text[], $5::float8[]) AS n(area, w) WHERE n.area = ANY(a.skills)) AS covered,
             $3::text = ANY(a.sectors) AS has_sector,
             CASE WHEN $6::text <> 'remote' AND 'in_person' = ANY(a.modes) AND a.reach @> point($2::float8, $1::float8) THEN
               2 * 6371.0088 * asin(least(1, sqrt(sin(radians(a.lat - $1::float8) / 2) ^ 2
                 + cos(radians($1::float8)) * cos(radians(a.lat)) * sin(radians(a.lon - $2::float8) / 2) ^ 2)))
             END AS d,
             a.radius_km
      FROM angels a
      WHERE a.available AND a.active_cases < a.capacity AND a.languages @> ARRAY[$7::text]
        AND (($6::text <> 'remote' AND 'in_person' = ANY(a.modes) AND a.reach @> point($2::float8, $1::float8))
          OR ($6::text <> 'in_person' AND a.modes @> ARRAY['remote']))
    ), q AS (
      SELECT *, CASE WHEN d <= radius_km THEN d END AS d_in FROM c
    )
    SELECT id, CASE WHEN $8::float8 > 0 THEN covered / $8::float8 ELSE 0 END AS coverage, has_sector, d_in
    FROM q
    WHERE d_in IS NOT NULL OR ($6::text <> 'in_person' AND modes @> ARRAY['remote'])
    ORDER BY coverage DESC, has_sector DESC, round(d_in) ASC NULLS LAST, active_cases::float8 / capacity ASC, id COLLATE "C" ASC
    LIMIT ${LIMIT}`;

  const sqlParams = (b: TMatchBusiness) => {
    const profile = prepareBusiness(b);
    return [b.location.lat, b.location.lon, b.ateco, profile.areas, profile.weights, b.mode, profile.language, profile.total];
  };
  const sqlSet = businesses.slice(0, SQL_BUSINESSES);
  for (const b of sqlSet.slice(0, 20)) await client.query({ name: 'match', text: sql, values: sqlParams(b) }); // warm-up, plan cache
  const sqlSamples: number[] = [];
  const sqlByMode: Record<string, number[]> = { in_person: [], any: [], remote: [] };
  const disagreements: string[] = [];
  for (const b of sqlSet) {
    const start = process.hrtime.bigint();
    const { rows } = await client.query<{ id: string }>({ name: 'match', text: sql, values: sqlParams(b) });
    const us = elapsedUs(start);
    sqlSamples.push(us);
    sqlByMode[b.mode]!.push(us);
    const fromIndex = index.topFor(b, LIMIT).map((m) => m.angelId);
    const fromSql = rows.map((r) => r.id);
    if (fromIndex.join(',') !== fromSql.join(',')) disagreements.push(`${b.id} (${b.mode}): index ${fromIndex.join(',')} sql ${fromSql.join(',')}`);
  }
  console.log(`\npeer: one SQL query per business, LIMIT ${LIMIT} (loopback, prepared)`);
  const sqlP = report('PostgreSQL, all modes', sqlSamples);
  for (const [mode, s] of Object.entries(sqlByMode)) report(`  ${mode}`, s);
  console.log(`top-${LIMIT} ids agree on ${sqlSet.length - disagreements.length} of ${sqlSet.length} businesses`);
  for (const d of disagreements.slice(0, 5)) console.log(`  differs: ${d}`);
  console.log(`\nspeed-up at p50: ${(sqlP.p50 / indexP.p50).toFixed(0)}×, at p95: ${(sqlP.p95 / indexP.p95).toFixed(0)}×`);
  if (process.env.SHOW_PLAN) {
    // The plan for one business in `any` mode, the widest of the three.
    const b = sqlSet.find((x) => x.mode === 'any') ?? sqlSet[0]!;
    const plan = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN ANALYZE ${sql}`, values: sqlParams(b) });
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
} finally {
  await client.end().catch(() => {});
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

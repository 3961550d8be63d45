/**
 * `affianco generate`: fills a database with a reproducible picture of Italy (docs/generate.md).
 * Rows are made in JavaScript from the seed (src/domain/generate) and written in big batches,
 * one INSERT … SELECT FROM unnest(arrays) per table and batch, all in one transaction: either
 * the whole picture is there or nothing is. The next batch is generated while the database
 * writes the previous one.
 */
import type pg from 'pg';
import type { TDb } from '../../db/client.js';
import { QUESTIONNAIRE_V1 } from '../../domain/checkup/questionnaires/v1.js';
import { comunePopulationWeights, type TComuneRef } from '../../domain/generate/italy.js';
import { TRandom, TWeighted } from '../../domain/generate/random.js';
import {
  GENERATED_EMAIL_DOMAIN,
  STREAM,
  buildCheckupPool,
  generateAngel,
  generateBusiness,
  type TGenerateContext,
  type TGeneratedAngel,
  type TGeneratedBusiness,
} from '../../domain/generate/records.js';
import { CONSENT_VERSION } from '../../shared/consent.js';
import { seedReferenceData } from '../geo/seed-reference-data.js';
import { ensureNetwork } from '../network/ensure-network.js';

export interface TGenerateOptions {
  businesses: number;
  angels: number;
  seed: number;
  /** The day the picture is taken (nothing is later but booked meetings); default today, UTC midnight. */
  asOf?: Date;
  batchSize?: number;
  onProgress?: (done: number, total: number, step: string) => void;
}

export interface TGenerateReport {
  sportelliCreated: number;
  counts: Record<string, number>;
  ms: number;
}

export class TGenerateError extends Error {}

const POOL_SIZE = 256;
const DEFAULT_BATCH = 20_000;

type TColumn = { name: string; type: string; values: unknown[]; cast?: string };

/** INSERT INTO table (cols) SELECT … FROM unnest($1::type[], …): one statement per batch. */
function insertUnnest(client: pg.PoolClient, table: string, columns: TColumn[]): Promise<unknown> {
  if (!columns[0]!.values.length) return Promise.resolve();
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const selects = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  return client.query(`insert into "${table}" (${names}) select ${selects} from unnest(${unnest}) as u(${aliases})`, columns.map((c) => c.values));
}

class TColumns {
  readonly columns = new Map<string, TColumn>();
  constructor(defs: readonly (readonly [string, string, string?])[]) {
    for (const [name, type, cast] of defs) this.columns.set(name, { name, type, cast, values: [] });
  }
  push(row: Record<string, unknown>) {
    for (const [name, column] of this.columns) column.values.push(row[name] ?? null);
  }
  get size() {
    return this.columns.values().next().value!.values.length;
  }
  list() {
    return [...this.columns.values()];
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

interface TAngelSlot {
  userId: string;
  free: number;
  booked: number;
}

export async function generateNational(db: TDb, options: TGenerateOptions): Promise<TGenerateReport> {
  const started = Date.now();
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const asOf = options.asOf ?? new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const total = options.businesses + options.angels;
  const client = await pool.connect();
  try {
    const existing = await client.query(`select 1 from "user" where email like $1 limit 1`, [`%@${GENERATED_EMAIL_DOMAIN}`]);
    if (existing.rowCount) throw new TGenerateError(`This database already has generated data (users @${GENERATED_EMAIL_DOMAIN}); use a fresh database.`);

    // A database just migrated has no geography yet (the app seeds it at start): seed it here too.
    const hasComuni = (await client.query('select 1 from comune limit 1')).rowCount;
    if (!hasComuni) await seedReferenceData(db);
    const comuneRows = (
      await client.query<{ istat: string; name: string; province_code: string; region_code: string; province_name: string; lat: number; lon: number }>(
        `select c.istat, c.name, c.province_code, p.region_code, p.name as province_name, c.lat, c.lon
           from comune c join province p on p.code = c.province_code where c.is_active order by c.istat`,
      )
    ).rows;
    if (!comuneRows.length) throw new TGenerateError('The database has no comuni; run the migrations first.');
    const comuni: TComuneRef[] = comuneRows.map((r) => ({ istat: r.istat, name: r.name, provinceCode: r.province_code, regionCode: r.region_code, provinceName: r.province_name, lat: r.lat, lon: r.lon }));
    const weights = comunePopulationWeights(comuni);
    const ctx: TGenerateContext = {
      seed: options.seed,
      asOf: asOf.getTime(),
      comunePicker: new TWeighted(weights.map((w, i) => [i, w] as const)),
      comuneNames: comuni.map((c) => c.name),
      comuneRegions: comuni.map((c) => c.regionCode),
      poolSize: POOL_SIZE,
    };

    const networkId = await ensureNetwork(db);
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    // The funnel's kept journeys (migration 0021) are written once at the end, rather than
    // refreshed by the triggers after every batch of every step table (each business's row
    // rewritten five times, 50% longer on 100,000 businesses).
    await client.query("set local affianco.defer_journeys = 'on'");
    const { sportelloOfProvince, created } = await ensureSportelli(client, networkId, options.seed, asOf);
    const sportelloOf = (comuneIndex: number) => sportelloOfProvince.get(comuni[comuneIndex]!.provinceCode) ?? null;
    const counts: Record<string, number> = {};
    const count = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);

    // Angels first: assignments need to know who is free where.
    const freeBySportello = new Map<string, TAngelSlot[]>();
    let pending: Promise<unknown> = Promise.resolve();
    for (let from = 0; from < options.angels; from += batchSize) {
      const angels: TGeneratedAngel[] = [];
      for (let j = from; j < Math.min(options.angels, from + batchSize); j++) angels.push(generateAngel(ctx, j));
      const writes = angelBatch(angels, comuni, sportelloOf, freeBySportello, count);
      await pending;
      pending = (async () => {
        for (const w of writes) await insertUnnest(client, w.table, w.columns.list());
      })();
      pending.catch(() => {}); // awaited below; this only keeps a failure from being "unhandled" meanwhile
      options.onProgress?.(Math.min(options.angels, from + batchSize), total, 'angeli');
    }

    const checkupPool = buildCheckupPool(options.seed, POOL_SIZE, QUESTIONNAIRE_V1);
    await pending;
    await client.query('create temp table gen_checkup_pool (idx int primary key, t0_answers jsonb, t0_result jsonb, t1_answers jsonb, t1_result jsonb, draft jsonb) on commit drop');
    await client.query(
      'insert into gen_checkup_pool select * from unnest($1::int[], $2::jsonb[], $3::jsonb[], $4::jsonb[], $5::jsonb[], $6::jsonb[])',
      [
        checkupPool.map((_, i) => i),
        checkupPool.map((p) => JSON.stringify(p.t0.answers)),
        checkupPool.map((p) => JSON.stringify(p.t0.result)),
        checkupPool.map((p) => JSON.stringify(p.t1.answers)),
        checkupPool.map((p) => JSON.stringify(p.t1.result)),
        checkupPool.map((p) => JSON.stringify(p.draft)),
      ],
    );

    const bookedBase = Math.ceil(ctx.asOf / 86_400_000) * 86_400_000 + 86_400_000;
    for (let from = 0; from < options.businesses; from += batchSize) {
      const businesses: TGeneratedBusiness[] = [];
      for (let i = from; i < Math.min(options.businesses, from + batchSize); i++) businesses.push(generateBusiness(ctx, i));
      const writes = businessBatch(businesses, comuni, sportelloOf, freeBySportello, bookedBase, count);
      await pending;
      pending = (async () => {
        for (const w of writes) {
          if (w.table === 'checkup') await insertCheckups(client, w.columns);
          else await insertUnnest(client, w.table, w.columns.list());
        }
      })();
      pending.catch(() => {});
      options.onProgress?.(options.angels + Math.min(options.businesses, from + batchSize), total, 'imprese');
    }
    await pending;
    await client.query('select business_journey_fill_missing()');
    await client.query('commit');
    return { sportelliCreated: created, counts, ms: Date.now() - started };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** The sportelli already covering provinces; none at all → one per region, covering its provinces. */
async function ensureSportelli(client: pg.PoolClient, networkId: string, seed: number, asOf: Date) {
  const covered = await client.query<{ province_code: string; sportello_id: string }>('select province_code, sportello_id from sportello_province where network_id = $1', [networkId]);
  const sportelloOfProvince = new Map(covered.rows.map((r) => [r.province_code, r.sportello_id]));
  if (sportelloOfProvince.size) return { sportelloOfProvince, created: 0 };
  const regions = (await client.query<{ code: string; name: string }>('select code, name from region order by code')).rows;
  const provinces = (await client.query<{ code: string; region_code: string }>('select code, region_code from province order by code')).rows;
  const ids = regions.map((r) => TRandom.forEntity(seed, STREAM.sportello, Number(r.code)).uuid());
  await insertUnnest(client as pg.PoolClient, 'sportello', [
    { name: 'id', type: 'uuid', values: ids },
    { name: 'network_id', type: 'uuid', values: regions.map(() => networkId) },
    { name: 'slug', type: 'text', values: regions.map((r) => `generato-${r.code}`) },
    { name: 'name', type: 'text', values: regions.map((r) => `Sportello ${r.name.split('/')[0]}`) },
  ]);
  const idOfRegion = new Map(regions.map((r, i) => [r.code, ids[i]!]));
  await insertUnnest(client, 'sportello_province', [
    { name: 'sportello_id', type: 'uuid', values: provinces.map((p) => idOfRegion.get(p.region_code)!) },
    { name: 'network_id', type: 'uuid', values: provinces.map(() => networkId) },
    { name: 'province_code', type: 'text', values: provinces.map((p) => p.code) },
  ]);
  for (const p of provinces) sportelloOfProvince.set(p.code, idOfRegion.get(p.region_code)!);
  // One coordinator per new sportello, so its inbox has someone to look at it.
  const coordinators = regions.map((r) => TRandom.forEntity(seed, STREAM.sportello, 100 + Number(r.code)).uuid());
  const at = asOf.toISOString();
  await insertUnnest(client, 'user', [
    { name: 'id', type: 'text', values: coordinators },
    { name: 'name', type: 'text', values: regions.map((r) => `Coordinamento ${r.name.split('/')[0]}`) },
    { name: 'email', type: 'text', values: regions.map((r) => `coordinatore-${r.code}@${GENERATED_EMAIL_DOMAIN}`) },
    { name: 'email_verified', type: 'bool', values: regions.map(() => true) },
    { name: 'created_at', type: 'timestamptz', values: regions.map(() => at) },
    { name: 'updated_at', type: 'timestamptz', values: regions.map(() => at) },
  ]);
  await insertUnnest(client, 'membership', [
    { name: 'user_id', type: 'text', values: coordinators },
    { name: 'sportello_id', type: 'uuid', values: ids },
    { name: 'role', type: 'text', values: regions.map(() => 'coordinator'), cast: 'sportello_role' },
    { name: 'created_at', type: 'timestamptz', values: regions.map(() => at) },
  ]);
  return { sportelloOfProvince, created: regions.length };
}

const USER_COLUMNS = [
  ['id', 'text'],
  ['name', 'text'],
  ['email', 'text'],
  ['email_verified', 'bool'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

function angelBatch(
  angels: TGeneratedAngel[],
  comuni: TComuneRef[],
  sportelloOf: (comuneIndex: number) => string | null,
  freeBySportello: Map<string, TAngelSlot[]>,
  count: (table: string, n: number) => void,
) {
  const users = new TColumns(USER_COLUMNS);
  const profiles = new TColumns([
    ['user_id', 'text'], ['sportello_id', 'uuid'], ['status', 'text', 'angel_status'], ['is_paused', 'bool'], ['skills', 'text'], ['sectors', 'text'],
    ['base_comune_istat', 'text'], ['lat', 'float8'], ['lon', 'float8'], ['radius_km', 'int4'], ['modes', 'text'], ['languages', 'text'],
    ['capacity', 'int4'], ['presentation', 'text'], ['reviewed_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ].map(([n, t, c]) => (['skills', 'sectors', 'modes', 'languages'].includes(n!) ? [n!, 'text', 'text[]'] : [n!, t!, c]) as [string, string, string?]));
  const memberships = new TColumns([['user_id', 'text'], ['sportello_id', 'uuid'], ['role', 'text', 'sportello_role'], ['created_at', 'timestamptz']]);
  const rules = new TColumns([['angel_user_id', 'text'], ['weekday', 'int4'], ['start_minute', 'int4'], ['end_minute', 'int4']]);
  for (const a of angels) {
    const place = comuni[a.comuneIndex]!;
    const sportelloId = sportelloOf(a.comuneIndex);
    const at = iso(a.createdAt);
    users.push({ id: a.userId, name: a.name, email: a.email, email_verified: true, created_at: at, updated_at: at });
    profiles.push({
      user_id: a.userId, sportello_id: sportelloId, status: a.status, is_paused: a.isPaused,
      // text[] columns travel as array literals inside a text[] (unnest would flatten a 2-D array).
      skills: pgArray(a.skills), sectors: pgArray(a.sectors), base_comune_istat: place.istat, lat: place.lat, lon: place.lon,
      radius_km: a.radiusKm, modes: pgArray(a.modes), languages: pgArray(a.languages), capacity: a.capacity, presentation: a.presentation,
      reviewed_at: a.status === 'applied' ? null : at, created_at: at, updated_at: at,
    });
    if (sportelloId) {
      memberships.push({ user_id: a.userId, sportello_id: sportelloId, role: 'angel', created_at: at });
      if (a.status === 'qualified' && !a.isPaused) {
        const list = freeBySportello.get(sportelloId) ?? [];
        list.push({ userId: a.userId, free: a.capacity, booked: 0 });
        freeBySportello.set(sportelloId, list);
      }
    }
    for (const r of a.availability) rules.push({ angel_user_id: a.userId, weekday: r.weekday, start_minute: r.startMinute, end_minute: r.endMinute });
  }
  count('user', users.size);
  count('angel_profile', profiles.size);
  count('membership', memberships.size);
  count('availability_rule', rules.size);
  return [
    { table: 'user', columns: users },
    { table: 'angel_profile', columns: profiles },
    { table: 'membership', columns: memberships },
    { table: 'availability_rule', columns: rules },
  ];
}

/** `{a,b}` with every element quoted: the literal PostgreSQL reads back as text[]. */
function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** An angel of the sportello with room left, chosen by the business's draw; none → null. */
function takeAngel(freeBySportello: Map<string, TAngelSlot[]>, sportelloId: string | null, draw: number): TAngelSlot | null {
  if (!sportelloId) return null;
  const list = freeBySportello.get(sportelloId);
  if (!list?.length) return null;
  for (let tries = 0; tries < 4 && list.length; tries++) {
    const k = Math.floor(((draw * 7919 * (tries + 1)) % 1) * list.length);
    const slot = list[k]!;
    if (slot.free > 0) {
      slot.free--;
      if (slot.free === 0) list.splice(k, 1);
      return slot;
    }
  }
  return null;
}

function businessBatch(
  businesses: TGeneratedBusiness[],
  comuni: TComuneRef[],
  sportelloOf: (comuneIndex: number) => string | null,
  freeBySportello: Map<string, TAngelSlot[]>,
  bookedBase: number,
  count: (table: string, n: number) => void,
) {
  const users = new TColumns(USER_COLUMNS);
  const rows = new TColumns([
    ['id', 'uuid'], ['name', 'text'], ['comune_istat', 'text'], ['sportello_id', 'uuid'], ['ateco_division', 'text'], ['employees', 'int4'],
    ['ateco_code', 'text'], ['annual_turnover_eur', 'int8'], ['balance_sheet_eur', 'int8'], ['founded_on', 'date'], ['legal_form', 'text'], ['created_at', 'timestamptz'],
  ]);
  const members = new TColumns([['business_id', 'uuid'], ['user_id', 'text'], ['created_at', 'timestamptz']]);
  const intakes = new TColumns([
    ['id', 'uuid'], ['sportello_id', 'uuid'], ['comune_istat', 'text'], ['ateco_division', 'text'], ['employees', 'int4'], ['business_name', 'text'], ['text', 'text'],
    ['proposed_areas', 'jsonb'], ['chosen_areas', 'jsonb'], ['contact_kind', 'text', 'contact_kind'], ['contact_name', 'text'], ['contact_email', 'text'], ['contact_phone', 'text'],
    ['consent_version', 'text'], ['consent_accepted_at', 'timestamptz'], ['user_id', 'text'], ['business_id', 'uuid'], ['status', 'text', 'request_status'], ['created_at', 'timestamptz'],
    ['taken_at', 'timestamptz'], ['closed_at', 'timestamptz'], ['archived_at', 'timestamptz'], ['archive_reason', 'text'],
  ]);
  const checkups = new TColumns([
    ['id', 'uuid'], ['business_id', 'uuid'], ['round', 'int4'], ['pool', 'int4'], ['status', 'text'], ['ateco_division', 'text'], ['region_code', 'text'],
    ['started_by', 'text'], ['created_at', 'timestamptz'], ['submitted_at', 'timestamptz'],
  ]);
  const assignments = new TColumns([['id', 'uuid'], ['business_id', 'uuid'], ['angel_user_id', 'text'], ['sportello_id', 'uuid'], ['started_at', 'timestamptz']]);
  const meetings = new TColumns([
    ['id', 'uuid'], ['business_id', 'uuid'], ['angel_user_id', 'text'], ['sportello_id', 'uuid'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'],
    ['mode', 'text', 'meeting_mode'], ['video_link', 'text'], ['note', 'text'], ['status', 'text', 'meeting_status'], ['booked_by', 'text'], ['next_step', 'text', 'meeting_next_step'],
    ['feedback_rating', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ]);
  const plans = new TColumns([['id', 'uuid'], ['business_id', 'uuid'], ['started_by', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']]);
  const goals = new TColumns([
    ['id', 'uuid'], ['plan_id', 'uuid'], ['title', 'text'], ['indicator_name', 'text'], ['unit', 'text'], ['baseline', 'float8'], ['target', 'float8'], ['current', 'float8'],
    ['by_date', 'date'], ['status', 'text', 'plan_goal_status'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ]);
  const actions = new TColumns([
    ['id', 'uuid'], ['plan_id', 'uuid'], ['goal_id', 'uuid'], ['title', 'text'], ['owner', 'text', 'plan_action_owner'], ['due_date', 'date'], ['status', 'text', 'plan_action_status'],
    ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ]);

  for (const b of businesses) {
    const place = comuni[b.comuneIndex]!;
    const sportelloId = sportelloOf(b.comuneIndex);
    const at = iso(b.createdAt);
    users.push({ id: b.ownerId, name: b.ownerName, email: b.email, email_verified: true, created_at: at, updated_at: at });
    rows.push({
      id: b.id, name: b.name, comune_istat: place.istat, sportello_id: sportelloId, ateco_division: b.atecoDivision, employees: b.employees, ateco_code: b.atecoCode,
      annual_turnover_eur: b.annualTurnoverEur, balance_sheet_eur: b.balanceSheetEur, founded_on: b.foundedOn, legal_form: b.legalForm, created_at: at,
    });
    members.push({ business_id: b.id, user_id: b.ownerId, created_at: at });
    if (b.intake) {
      const i = b.intake;
      intakes.push({
        id: i.id, sportello_id: sportelloId, comune_istat: place.istat, ateco_division: b.atecoDivision, employees: b.employees, business_name: b.name, text: i.text,
        proposed_areas: JSON.stringify(i.proposedAreas), chosen_areas: JSON.stringify(i.chosenAreas), contact_kind: 'account', contact_name: b.ownerName,
        contact_email: b.email, contact_phone: i.phone, consent_version: CONSENT_VERSION, consent_accepted_at: iso(i.at), user_id: b.ownerId, business_id: b.id,
        status: i.status, created_at: iso(i.at), ...inboxLife(i),
      });
    }
    for (const c of b.checkups) {
      checkups.push({
        id: c.id, business_id: b.id, round: c.round, pool: c.poolIndex, status: c.isSubmitted ? 'submitted' : 'draft', ateco_division: c.isSubmitted ? b.atecoDivision : null,
        region_code: c.isSubmitted ? place.regionCode : null, started_by: b.ownerId, created_at: iso(c.at), submitted_at: c.isSubmitted ? iso(c.at + 1_200_000) : null,
      });
    }
    const angel = b.assignment ? takeAngel(freeBySportello, sportelloId, b.assignment.draw) : null;
    if (!angel || !b.assignment) continue;
    assignments.push({ id: b.assignment.id, business_id: b.id, angel_user_id: angel.userId, sportello_id: sportelloId, started_at: iso(b.assignment.at) });
    if (!b.meeting) continue;
    const m = b.meeting;
    // Booked meetings get the angel's next free hour after the picture's day, so none overlap.
    const startsAt = m.status === 'booked' ? bookedBase + Math.floor(angel.booked / 8) * 86_400_000 + (8 + (angel.booked % 8)) * 3_600_000 : m.at;
    if (m.status === 'booked') angel.booked++;
    meetings.push({
      id: m.id, business_id: b.id, angel_user_id: angel.userId, sportello_id: sportelloId, starts_at: iso(startsAt), ends_at: iso(startsAt + 3_600_000), mode: m.mode,
      video_link: m.mode === 'video' ? `https://meet.example.test/${m.id.slice(0, 8)}` : null, note: m.note, status: m.status, booked_by: b.ownerId,
      next_step: m.nextStep, feedback_rating: m.feedbackRating, created_at: iso(b.assignment.at), updated_at: iso(Math.min(startsAt, b.assignment.at + 30 * 86_400_000)),
    });
    if (!b.plan) continue;
    const p = b.plan;
    plans.push({ id: p.id, business_id: b.id, started_by: angel.userId, created_at: iso(p.at), updated_at: iso(p.at) });
    for (const g of p.goals) {
      goals.push({
        id: g.id, plan_id: p.id, title: g.title, indicator_name: g.indicatorName, unit: g.unit, baseline: g.baseline, target: g.target, current: g.current,
        by_date: g.byDate, status: g.status, created_at: iso(p.at), updated_at: iso(p.at),
      });
      for (const a of g.actions) {
        actions.push({ id: a.id, plan_id: p.id, goal_id: g.id, title: a.title, owner: a.owner, due_date: a.dueDate, status: a.status, created_at: iso(p.at), updated_at: iso(p.at) });
      }
    }
  }
  const writes = [
    { table: 'user', columns: users },
    { table: 'business', columns: rows },
    { table: 'business_member', columns: members },
    { table: 'intake_request', columns: intakes },
    { table: 'checkup', columns: checkups },
    { table: 'assignment', columns: assignments },
    { table: 'meeting', columns: meetings },
    { table: 'plan', columns: plans },
    { table: 'plan_goal', columns: goals },
    { table: 'plan_action', columns: actions },
  ];
  for (const w of writes) count(w.table, w.columns.size);
  return writes;
}

/** Check-ups take their answers and result from the pool table by index. */
function insertCheckups(client: pg.PoolClient, columns: TColumns): Promise<unknown> {
  if (!columns.size) return Promise.resolve();
  const c = Object.fromEntries(columns.list().map((col) => [col.name, col.values]));
  return client.query(
    `insert into checkup (id, business_id, round, questionnaire_version, status, answers, result, ateco_division, region_code, started_by, created_at, updated_at, submitted_at)
     select u.id, u.business_id, u.round, $11, u.status::checkup_status,
            case when u.status = 'draft' then p.draft when u.round = 1 then p.t0_answers else p.t1_answers end,
            case when u.status = 'draft' then null when u.round = 1 then p.t0_result else p.t1_result end,
            u.ateco_division, u.region_code, u.started_by, u.created_at, coalesce(u.submitted_at, u.created_at), u.submitted_at
       from unnest($1::uuid[], $2::uuid[], $3::int4[], $4::int4[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[])
            as u(id, business_id, round, pool, status, ateco_division, region_code, started_by, created_at, submitted_at)
       join gen_checkup_pool p on p.idx = u.pool`,
    [c.id, c.business_id, c.round, c.pool, c.status, c.ateco_division, c.region_code, c.started_by, c.created_at, c.submitted_at, QUESTIONNAIRE_V1.version],
  );
}

const REQUEST_DAY_MS = 86_400_000;

/**
 * The inbox's stored life of a generated request, drawn from its id so the random stream (and
 * every other figure of a seed) stays as it was: taken 1–4 days after arrival unless new;
 * closed ones concluded 10–40 days later, one in four of them archived instead.
 */
function inboxLife(i: { id: string; at: number; status: 'new' | 'in_progress' | 'closed' }) {
  const h = parseInt(i.id.slice(0, 8), 16);
  const takenAt = i.status === 'new' ? null : iso(i.at + (1 + (h % 4)) * REQUEST_DAY_MS);
  const closedAt = i.status === 'closed' ? iso(i.at + (10 + (h % 31)) * REQUEST_DAY_MS) : null;
  const isArchived = closedAt !== null && h % 4 === 0;
  return { taken_at: takenAt, closed_at: closedAt, archived_at: isArchived ? closedAt : null, archive_reason: isArchived ? 'Nessuna risposta dopo tre chiamate' : null };
}

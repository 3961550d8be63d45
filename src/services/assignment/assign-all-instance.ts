import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TMatchAngel, TMatchBusiness } from '../../domain/matching/types.js';
import { loadMatchAngels } from '../matching/angel-index.js';
import { needsOf, toMatchBusiness, type TSubjectRow } from '../matching/match-business.js';

/** An open request as the preview names it. */
export interface TOpenRequest {
  id: string;
  name: string;
  comuneName: string;
}

/** An angel of the sportello as the preview names them. */
export interface TSportelloAngel {
  userId: string;
  name: string;
  comuneName: string;
}

export interface TAssignAllInstance {
  businesses: TMatchBusiness[];
  angels: TMatchAngel[];
  requests: Map<string, TOpenRequest>;
  people: Map<string, TSportelloAngel>;
}

type TRequestRow = TSubjectRow & { name: string; comuneName: string; language: string | null; isTaken: boolean };

/**
 * The sportello's businesses that asked for help and have no angel now: with an ascolto not
 * closed (nor archived), or entered directly (by the coordinator or the entrepreneur) and never
 * followed yet. `onlyIds` limits the read to those (the confirmation's check); then businesses
 * with an angel come too, marked `isTaken`, so a pair taken meanwhile is named as such.
 */
async function readRequests(db: TDb, sportelloId: string, onlyIds?: string[]): Promise<TRequestRow[]> {
  const isOpenNow = sql`exists (select 1 from assignment a where a.business_id = b.id and a.ended_at is null)`;
  const hasAsked = sql`(exists (select 1 from intake_request i where i.business_id = b.id and i.status::text not in ('closed', 'archived'))
           or (not exists (select 1 from intake_request i where i.business_id = b.id)
               and not exists (select 1 from assignment a where a.business_id = b.id and a.ended_at is not null)))`;
  const which = onlyIds ? sql`b.id in (${sql.join(onlyIds.map((id) => sql`${id}::uuid`), sql`, `)}) and (${isOpenNow} or ${hasAsked})` : sql`not ${isOpenNow} and ${hasAsked}`;
  const result = await db.execute(sql`
    select b.id, b.name, b.sportello_id as "sportelloId", b.ateco_division as ateco, c.lat, c.lon, c.name as "comuneName",
      ${isOpenNow} as "isTaken",
      (select i.locale from intake_request i where i.business_id = b.id order by i.created_at desc limit 1) as language,
      (select json_build_object('proposedAreas', i.proposed_areas, 'chosenAreas', i.chosen_areas)
         from intake_request i where i.business_id = b.id order by i.created_at desc limit 1) as intake,
      (select json_build_object('questionnaireVersion', k.questionnaire_version, 'result', k.result)
         from checkup k where k.business_id = b.id order by k.round desc limit 1) as checkup
    from business b join comune c on c.istat = b.comune_istat
    where b.sportello_id = ${sportelloId} and ${which}
    order by b.created_at, b.id`);
  return result.rows as unknown as TRequestRow[];
}

function toRequest(row: TRequestRow): TMatchBusiness {
  return toMatchBusiness({ ...row, needs: needsOf(row.intake, row.checkup) }, row.language ?? 'it');
}

/**
 * The instance "Assegna tutte" solves for one sportello, from the database: its open requests
 * and its qualified angels (paused or full ones included: the solver gives them nothing and the
 * reasons name them), in the matching format, with the names the preview shows.
 *
 * @example const { businesses, angels } = await loadAssignAllInstance(db, sportelloId);
 */
export async function loadAssignAllInstance(db: TDb, sportelloId: string): Promise<TAssignAllInstance> {
  const [rows, loaded] = await Promise.all([readRequests(db, sportelloId), loadMatchAngels(db, { sportelloId })]);
  const people = await readPeople(db, loaded.map((l) => l.angel.id));
  return {
    businesses: rows.map(toRequest),
    angels: loaded.map((l) => l.angel),
    requests: new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, comuneName: r.comuneName }])),
    people,
  };
}

/**
 * The named businesses of the sportello as the confirmation checks them: the open requests
 * among them in the matching format, and those that have an angel now.
 */
export async function loadRequestsForCheck(db: TDb, sportelloId: string, businessIds: string[]) {
  const rows = businessIds.length ? await readRequests(db, sportelloId, businessIds) : [];
  return {
    businesses: new Map(rows.filter((r) => !r.isTaken).map((r) => [r.id, toRequest(r)])),
    takenBusinessIds: new Set(rows.filter((r) => r.isTaken).map((r) => r.id)),
    names: new Map(rows.map((r) => [r.id, r.name])),
  };
}

/** Names and comuni of angels. */
export async function readPeople(db: TDb, userIds: string[]): Promise<Map<string, TSportelloAngel>> {
  if (userIds.length === 0) return new Map();
  const result = await db.execute(sql`
    select p.user_id as "userId", u.name, c.name as "comuneName"
    from angel_profile p join "user" u on u.id = p.user_id join comune c on c.istat = p.base_comune_istat
    where p.user_id in (${sql.join(userIds.map((id) => sql`${id}`), sql`, `)})`);
  return new Map((result.rows as unknown as TSportelloAngel[]).map((r) => [r.userId, r]));
}

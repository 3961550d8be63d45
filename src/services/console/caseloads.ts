import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { TDb } from '../../db/client.js';

const ZONE = 'Europe/Rome';

/** One business an angel follows now. */
export interface TCaseloadBusiness {
  id: string;
  name: string;
  comuneName: string;
  startedAt: Date;
  /** Why it was given to this angel (the coordinator's words, or "Assegna tutte"); null for the entrepreneur's own choice. */
  reason: string | null;
  /** Open actions of its plan due before today (Rome), goals set aside left out. */
  overdueActions: number;
  /** The angel's latest meeting held or past, plan change or log entry for it; null when none yet. */
  lastActivityAt: Date | null;
}

export interface TCaseload {
  userId: string;
  name: string;
  comuneName: string;
  capacity: number;
  isPaused: boolean;
  activeCases: number;
  /** Meetings (not cancelled) starting this calendar month in Rome. */
  meetingsThisMonth: number;
  overdueActions: number;
  lastActivityAt: Date | null;
  businesses: TCaseloadBusiness[];
}

type TAngelRow = { userId: string; name: string; comuneName: string; capacity: number; isPaused: boolean; meetingsThisMonth: number };
type TBusinessRow = { angelUserId: string; id: string; name: string; comuneName: string; startedAt: Date | string; reason: string | null; overdueActions: number; lastActivityAt: Date | string | null };

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * The caseloads of a sportello's qualified angels, or of one angel: the businesses they follow
 * now against their capacity, meetings this month, overdue plan actions, last activity. Two
 * reads whatever the number of angels.
 *
 * @example await readCaseloads(db, { sportelloId }, new Date());
 */
export async function readCaseloads(db: TDb, who: { sportelloId: string } | { angelUserId: string }, now = new Date()): Promise<TCaseload[]> {
  const rome = DateTime.fromJSDate(now, { zone: ZONE });
  const monthStart = rome.startOf('month').toJSDate();
  const monthEnd = rome.startOf('month').plus({ months: 1 }).toJSDate();
  const today = rome.toISODate()!;
  const filter = 'sportelloId' in who ? sql`p.sportello_id = ${who.sportelloId}` : sql`p.user_id = ${who.angelUserId}`;
  const angels = (
    await db.execute(sql`
      select p.user_id as "userId", u.name, c.name as "comuneName", p.capacity, p.is_paused as "isPaused",
        (select count(*) from meeting m where m.angel_user_id = p.user_id and m.status <> 'cancelled'
           and m.starts_at >= ${monthStart.toISOString()}::timestamptz and m.starts_at < ${monthEnd.toISOString()}::timestamptz)::int as "meetingsThisMonth"
      from angel_profile p join "user" u on u.id = p.user_id join comune c on c.istat = p.base_comune_istat
      where p.status = 'qualified' and ${filter}
      order by u.name, p.user_id`)
  ).rows as unknown as TAngelRow[];
  if (angels.length === 0) return [];
  const ids = sql.join(angels.map((a) => sql`${a.userId}`), sql`, `);
  const nowIso = now.toISOString();
  const rows = (
    await db.execute(sql`
      select a.angel_user_id as "angelUserId", b.id, b.name, c.name as "comuneName", a.started_at as "startedAt", a.reason,
        (select count(*) from plan_action pa join plan pl on pl.id = pa.plan_id join plan_goal g on g.id = pa.goal_id
           where pl.business_id = b.id and pa.status <> 'done' and g.status <> 'dropped' and pa.due_date < ${today}::date)::int as "overdueActions",
        greatest(
          (select max(m.starts_at) from meeting m where m.business_id = b.id and m.angel_user_id = a.angel_user_id
             and m.status <> 'cancelled' and m.starts_at <= ${nowIso}::timestamptz),
          (select max(h.at) from plan_history h join plan pl on pl.id = h.plan_id where pl.business_id = b.id and h.by = a.angel_user_id),
          (select max(l.created_at) from plan_log_entry l join plan pl on pl.id = l.plan_id where pl.business_id = b.id and l.by = a.angel_user_id)
        ) as "lastActivityAt"
      from assignment a join business b on b.id = a.business_id join comune c on c.istat = b.comune_istat
      where a.ended_at is null and a.angel_user_id in (${ids})
      order by b.name, b.id`)
  ).rows as unknown as TBusinessRow[];
  return angels.map((angel) => {
    const businesses = rows
      .filter((r) => r.angelUserId === angel.userId)
      .map((r) => ({ id: r.id, name: r.name, comuneName: r.comuneName, startedAt: asDate(r.startedAt)!, reason: r.reason, overdueActions: Number(r.overdueActions), lastActivityAt: asDate(r.lastActivityAt) }));
    const last = businesses.reduce<Date | null>((m, b) => (b.lastActivityAt && (!m || b.lastActivityAt > m) ? b.lastActivityAt : m), null);
    return {
      ...angel,
      meetingsThisMonth: Number(angel.meetingsThisMonth),
      activeCases: businesses.length,
      overdueActions: businesses.reduce((n, b) => n + b.overdueActions, 0),
      lastActivityAt: last,
      businesses,
    };
  });
}

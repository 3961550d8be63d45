import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { TDb } from '../../db/client.js';
import { listenForever } from '../../db/listen.js';
import { angelProfile, assignment } from '../../db/schema/index.js';
import { buildMatchingIndex, type TMatchingIndex } from '../../domain/matching/matching-index.js';
import type { TMatchAngel } from '../../domain/matching/types.js';
import { ANGELS_CHANGED_CHANNEL } from '../angels/angel-changes.js';

export interface TAngelIndexes {
  network: TMatchingIndex;
  bySportello: Map<string, TMatchingIndex>;
  sportelloOf: Map<string, string | null>;
}

/**
 * Qualified angels as the matcher sees them, with their open cases counted: all of them, those
 * named, or one sportello's. The one place a profile row becomes a `TMatchAngel` (the index,
 * "Assegna tutte" and its confirmation all read angels through it).
 *
 * @example const local = await loadMatchAngels(db, { sportelloId });
 */
export async function loadMatchAngels(db: TDb, filter: { userIds?: string[]; sportelloId?: string } = {}): Promise<{ angel: TMatchAngel; sportelloId: string | null }[]> {
  const { userIds, sportelloId } = filter;
  const rows = await db
    .select()
    .from(angelProfile)
    .where(
      and(
        eq(angelProfile.status, 'qualified'),
        userIds ? inArray(angelProfile.userId, userIds) : undefined,
        sportelloId ? eq(angelProfile.sportelloId, sportelloId) : undefined,
      ),
    );
  if (rows.length === 0) return [];
  const cases = await db
    .select({ angelUserId: assignment.angelUserId, n: count() })
    .from(assignment)
    .where(and(isNull(assignment.endedAt), inArray(assignment.angelUserId, rows.map((r) => r.userId))))
    .groupBy(assignment.angelUserId);
  return rows.map((r) => ({
    sportelloId: r.sportelloId,
    angel: {
      id: r.userId,
      location: { lat: r.lat, lon: r.lon },
      radiusKm: r.radiusKm,
      skills: r.skills as TMatchAngel['skills'],
      sectors: r.sectors,
      modes: r.modes as TMatchAngel['modes'],
      languages: r.languages,
      capacity: r.capacity,
      activeCases: Number(cases.find((c) => c.angelUserId === r.userId)?.n ?? 0),
      available: !r.isPaused,
    },
  }));
}

const cache = new WeakMap<TDb, Promise<TAngelIndexes>>();

async function build(db: TDb): Promise<TAngelIndexes> {
  const loaded = await loadMatchAngels(db);
  const indexes: TAngelIndexes = { network: buildMatchingIndex(loaded.map((l) => l.angel)), bySportello: new Map(), sportelloOf: new Map() };
  for (const { angel, sportelloId } of loaded) place(indexes, angel, sportelloId);
  return indexes;
}

function place(indexes: TAngelIndexes, angel: TMatchAngel, sportelloId: string | null) {
  indexes.sportelloOf.set(angel.id, sportelloId);
  if (!sportelloId) return;
  let local = indexes.bySportello.get(sportelloId);
  if (!local) indexes.bySportello.set(sportelloId, (local = buildMatchingIndex([])));
  local.upsert(angel);
}

/** The in-memory matching indexes of this process, built on first use. */
export function getAngelIndexes(db: TDb): Promise<TAngelIndexes> {
  let pending = cache.get(db);
  if (!pending) {
    pending = build(db);
    cache.set(db, pending);
    pending.catch(() => cache.delete(db));
  }
  return pending;
}

/** Re-reads one angel (profile, pause, capacity, cases) into the indexes; removes them if no longer qualified. */
export async function refreshAngel(db: TDb, userId: string): Promise<void> {
  const indexes = await getAngelIndexes(db);
  const previousSportello = indexes.sportelloOf.get(userId);
  if (previousSportello) indexes.bySportello.get(previousSportello)?.remove(userId);
  indexes.network.remove(userId);
  indexes.sportelloOf.delete(userId);
  const [fresh] = await loadMatchAngels(db, { userIds: [userId] });
  if (!fresh) return;
  indexes.network.upsert(fresh.angel);
  place(indexes, fresh.angel, fresh.sportelloId);
}

/**
 * Keeps this process's indexes current: every change to an angel is announced with
 * NOTIFY (by any instance or the CLI) and re-read here, without a restart. After a
 * database outage the subscription comes back by itself and the indexes are rebuilt,
 * since the changes announced meanwhile were not heard.
 */
export function watchAngelChanges(url: string, db: TDb, logger: Logger): { stop(): Promise<void>; ready: Promise<void> } {
  const rebuild = () => {
    cache.delete(db);
    getAngelIndexes(db).catch((err: Error) => logger.warn({ err }, 'matching index rebuild failed; retried on next use'));
  };
  const listener = listenForever({
    url,
    channel: ANGELS_CHANGED_CHANNEL,
    onNotify: (payload) => {
      if (!payload) return;
      refreshAngel(db, payload).catch((err: Error) => {
        logger.error({ err, angel: payload }, 'matching index refresh failed');
        // A refresh half done would leave the index wrong: start over on next use.
        cache.delete(db);
      });
    },
    // Changes missed while disconnected: nothing is served from the old indexes.
    onLost: () => cache.delete(db),
    onResubscribed: rebuild,
    log: (message, err) => logger.warn({ err, component: 'angel-index' }, message),
  });
  return { ready: listener.ready, stop: () => listener.stop() };
}

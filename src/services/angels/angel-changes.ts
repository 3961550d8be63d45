import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';

/** PostgreSQL NOTIFY channel: an angel's profile, capacity, cases or availability changed. */
export const ANGELS_CHANGED_CHANNEL = 'affianco_angels_changed';

/**
 * Tells every app instance (after commit, as NOTIFY does) that this angel changed, so
 * each refreshes its matching index entry without a restart.
 */
export async function notifyAngelChanged(db: Pick<TDb, 'execute'>, angelUserId: string): Promise<void> {
  await db.execute(sql`select pg_notify(${ANGELS_CHANGED_CHANNEL}, ${angelUserId})`);
}

import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';

/**
 * True when the database answers a trivial query now. Bounded by the pool's connect
 * timeout, so a caller never waits more than a few seconds.
 *
 * @example if (!(await databaseAnswers(db))) return unavailable(c);
 */
export async function databaseAnswers(db: TDb): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

import { eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityThread } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';

export type TThreadRow = typeof communityThread.$inferSelect;

/** The thread, or 404. `forUpdate` locks it so counters and positions stay right under concurrent replies. */
export async function loadThread(db: TDb, by: { id: string } | { slug: string }, options: { forUpdate?: boolean } = {}): Promise<TThreadRow> {
  const where = 'id' in by ? eq(communityThread.id, by.id) : eq(communityThread.slug, by.slug);
  const q = db.select().from(communityThread).where(where);
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/**
 * Who moderates a thread: the sportello it belongs to, plus every sportello serving a
 * province of its region (the policy's `moderatorSportelloIds`).
 *
 * @example await moderatorSportelloIds(db, { sportelloId, regionCode: '16' }); // ['…bari', '…lecce']
 */
export async function moderatorSportelloIds(db: TDb, thread: { sportelloId: string | null; regionCode: string | null }): Promise<string[]> {
  const ids = new Set<string>(thread.sportelloId ? [thread.sportelloId] : []);
  if (thread.regionCode) {
    const rows = await db.execute<{ sportello_id: string }>(sql`
      select distinct sp.sportello_id from sportello_province sp join province p on p.code = sp.province_code where p.region_code = ${thread.regionCode}`);
    for (const r of rows.rows) ids.add(r.sportello_id);
  }
  return [...ids];
}

/** The thread as a policy resource; `postAuthorUserId` for rules about one post. */
export async function threadResource(db: TDb, thread: TThreadRow, postAuthorUserId?: string | null) {
  return {
    type: 'community_thread' as const,
    authorUserId: thread.authorUserId,
    postAuthorUserId: postAuthorUserId ?? null,
    moderatorSportelloIds: await moderatorSportelloIds(db, thread),
  };
}

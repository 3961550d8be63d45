import { desc, isNull } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityThread } from '../../../db/schema/index.js';

/** A sitemap holds 50,000 addresses at most; the lessons and fixed pages take the rest. */
const MAX_THREADS = 45_000;

/**
 * Threads a crawler may list (not hidden), latest activity first, with when they last changed.
 *
 * @example (await listThreadsForSitemap(db))[0]?.slug;
 */
export async function listThreadsForSitemap(db: TDb): Promise<{ slug: string; lastPostAt: Date }[]> {
  return db.select({ slug: communityThread.slug, lastPostAt: communityThread.lastPostAt }).from(communityThread).where(isNull(communityThread.hiddenAt)).orderBy(desc(communityThread.lastPostAt)).limit(MAX_THREADS);
}

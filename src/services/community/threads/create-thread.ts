import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { businessMember, business, communityPost, communityThread, region } from '../../../db/schema/index.js';
import { slugFromTitle } from '../../../domain/community/slug.js';
import type { TActor } from '../../../domain/network/actor.js';
import { communityEvents } from '../events.js';
import type { TLocale } from '../../../shared/locale.js';
import { AppError } from '../../../shared/errors.js';
import { targetSportelloOf } from '../../system/public-write-limit.js';
import { standingOf } from './standing.js';
import { assertMayPost, attachImages, renderPost } from './write-post.js';

export interface TNewThread {
  kind: 'question' | 'story';
  title: string;
  body: string;
  area: string;
  sector?: string | null;
  regionCode?: string | null;
}

function suffix(): string {
  return randomBytes(4).readUInt32BE(0).toString(36).slice(0, 5).padStart(5, '0');
}

/**
 * The sportello a new thread belongs to: the one serving the asker's business's comune when
 * they have one, else one serving a province of the thread's region, else none.
 */
export async function sportelloForThread(db: TDb, userId: string, regionCode: string | null): Promise<string | null> {
  const [own] = await db.select({ comuneIstat: business.comuneIstat }).from(businessMember).innerJoin(business, eq(business.id, businessMember.businessId)).where(eq(businessMember.userId, userId)).limit(1);
  if (own?.comuneIstat) {
    const served = await targetSportelloOf(db, own.comuneIstat);
    if (served) return served;
  }
  if (!regionCode) return null;
  const rows = await db.execute<{ sportello_id: string }>(sql`
    select sp.sportello_id from sportello_province sp join province p on p.code = sp.province_code
    where p.region_code = ${regionCode} order by sp.province_code limit 1`);
  return rows.rows[0]?.sportello_id ?? null;
}

/**
 * Opens a thread with its first post, in one transaction with the event the notifications
 * hang on; refused whole by the posting rules.
 *
 * @example const { slug } = await createThread(db, actor, { kind: 'question', title: 'Come mi faccio trovare su Google?', body: '…', area: 'communication' }, 'it');
 */
export async function createThread(db: TDb, actor: TActor, input: TNewThread, locale: TLocale, now = new Date()): Promise<{ id: string; slug: string }> {
  const regionCode = input.regionCode ?? null;
  if (regionCode) {
    const [known] = await db.select({ code: region.code }).from(region).where(eq(region.code, regionCode));
    if (!known) throw new AppError('request.invalid', 422, [{ field: 'regionCode', message: locale === 'it' ? 'Non conosciamo questa regione.' : 'We do not know this region.' }]);
  }
  return db.transaction(async (tx) => {
    const standing = await standingOf(tx, actor);
    await assertMayPost(tx, actor, standing, input.body, null, false, locale, now);
    const sportelloId = await sportelloForThread(tx, actor.userId, regionCode);
    const [thread] = await tx
      .insert(communityThread)
      .values({ slug: slugFromTitle(input.title, suffix()), kind: input.kind, title: input.title.trim(), area: input.area, sector: input.sector ?? null, regionCode, authorUserId: actor.userId, sportelloId, lastPostAt: now, createdAt: now })
      .returning({ id: communityThread.id, slug: communityThread.slug });
    const [post] = await tx
      .insert(communityPost)
      .values({ threadId: thread!.id, position: 0, authorUserId: actor.userId, authorRole: standing.role, ...renderPost(input.body), createdAt: now })
      .returning({ id: communityPost.id });
    await attachImages(tx, post!.id, actor.userId, input.body);
    await communityEvents.threadCreated(tx, { threadId: thread!.id, authorUserId: actor.userId });
    return thread!;
  });
}

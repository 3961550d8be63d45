import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { angelProfile, communityOffer, communityThread, sportello, user } from '../../../db/schema/index.js';
import { holdUntil, waitingHours } from '../../../domain/community/unanswered.js';
import { AppError } from '../../../shared/errors.js';

const OPEN = ['offered', 'taken', 'escalated'] as const;

export interface TOfferItem {
  id: string;
  sportelloId: string;
  state: string;
  thread: { slug: string; title: string; area: string };
  waitingHours: number;
  isAreaMatch: boolean;
  isMine: boolean;
  takenUntil: string | null;
}

/**
 * The open offers of the angel's sportelli that nobody else holds and that were offered to
 * them (their area's, or any once told to every angel): their area first, then the longest
 * waiting.
 *
 * @example await offersForAngel(db, actor.userId, ['sportello-id'], new Date());
 */
export async function offersForAngel(db: TDb, userId: string, sportelloIds: readonly string[], now: Date): Promise<TOfferItem[]> {
  if (sportelloIds.length === 0) return [];
  const [profile] = await db.select({ skills: angelProfile.skills }).from(angelProfile).where(eq(angelProfile.userId, userId));
  const rows = await db
    .select({ offer: communityOffer, slug: communityThread.slug, title: communityThread.title, area: communityThread.area, createdAt: communityThread.createdAt })
    .from(communityOffer)
    .innerJoin(communityThread, eq(communityThread.id, communityOffer.threadId))
    .where(
      and(
        inArray(communityOffer.sportelloId, [...sportelloIds]),
        inArray(communityOffer.state, [...OPEN]),
        isNull(communityThread.hiddenAt),
        or(isNull(communityOffer.takenBy), eq(communityOffer.takenBy, userId), lte(communityOffer.takenUntil, now)),
      ),
    )
    .orderBy(asc(communityThread.createdAt));
  const skills = profile?.skills ?? [];
  // Before the offer is widened only the angels of its area were told: the others do not see it yet.
  const visible = rows.filter((r) => r.offer.widenedAt !== null || skills.includes(r.area) || r.offer.takenBy === userId);
  const items = visible.map((r) => ({
    id: r.offer.id,
    sportelloId: r.offer.sportelloId,
    state: r.offer.state,
    thread: { slug: r.slug, title: r.title, area: r.area },
    waitingHours: waitingHours(r.createdAt, now),
    isAreaMatch: skills.includes(r.area),
    isMine: r.offer.takenBy === userId && r.offer.takenUntil !== null && r.offer.takenUntil > now,
    takenUntil: r.offer.takenBy === userId && r.offer.takenUntil ? r.offer.takenUntil.toISOString() : null,
  }));
  return [...items.filter((i) => i.isAreaMatch), ...items.filter((i) => !i.isAreaMatch)];
}

/** An offer as a policy resource (a lapsed hold counts as nobody's); unknown is 404. */
export async function offerResource(db: TDb, offerId: string, now: Date): Promise<{ type: 'community_offer'; sportelloId: string; takenBy: string | null }> {
  const [row] = await db.select().from(communityOffer).where(eq(communityOffer.id, offerId));
  if (!row) throw new AppError('resource.not_found', 404);
  const isHeld = row.state === 'taken' && row.takenUntil !== null && row.takenUntil > now;
  return { type: 'community_offer', sportelloId: row.sportelloId, takenBy: isHeld ? row.takenBy : null };
}

/**
 * "La prendo io": the angel holds the question for 24 hours. One guarded UPDATE, so of two
 * angels clicking at once one gets it and the other is told it is taken.
 *
 * @example const { takenUntil } = await takeOffer(db, offerId, userId, new Date());
 */
export async function takeOffer(db: TDb, offerId: string, userId: string, now: Date): Promise<{ takenUntil: Date }> {
  const until = holdUntil(now);
  const rows = await db
    .update(communityOffer)
    .set({ state: 'taken', takenBy: userId, takenAt: now, takenUntil: until })
    .where(
      and(
        eq(communityOffer.id, offerId),
        or(inArray(communityOffer.state, ['offered', 'escalated']), and(eq(communityOffer.state, 'taken'), or(eq(communityOffer.takenBy, userId), lte(communityOffer.takenUntil, now)))),
      ),
    )
    .returning({ id: communityOffer.id });
  if (rows.length === 0) throw new AppError('community.offer_taken', 409);
  return { takenUntil: until };
}

export interface TQueueItem {
  thread: { slug: string; title: string; area: string };
  createdAt: string;
  waitingHours: number;
  offer: { id: string; state: string; takenByName: string | null; takenUntil: string | null; escalatedAt: string | null } | null;
}

/**
 * A sportello's unanswered questions, the longest waiting first, with their offer.
 *
 * @example await unansweredQueue(db, sportelloId, new Date());
 */
export async function unansweredQueue(db: TDb, sportelloId: string, now: Date): Promise<TQueueItem[]> {
  const [desk] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.id, sportelloId));
  if (!desk) throw new AppError('resource.not_found', 404);
  const rows = await db
    .select({ thread: communityThread, offer: communityOffer, takenByName: user.name })
    .from(communityThread)
    .leftJoin(communityOffer, eq(communityOffer.threadId, communityThread.id))
    .leftJoin(user, eq(user.id, communityOffer.takenBy))
    .where(and(eq(communityThread.sportelloId, sportelloId), eq(communityThread.kind, 'question'), isNull(communityThread.firstReplyAt), isNull(communityThread.hiddenAt)))
    .orderBy(asc(communityThread.createdAt))
    .limit(200);
  return rows.map((r) => ({
    thread: { slug: r.thread.slug, title: r.thread.title, area: r.thread.area },
    createdAt: r.thread.createdAt.toISOString(),
    waitingHours: waitingHours(r.thread.createdAt, now),
    offer: r.offer
      ? {
          id: r.offer.id,
          state: r.offer.state,
          takenByName: r.offer.state === 'taken' ? r.takenByName : null,
          takenUntil: r.offer.state === 'taken' && r.offer.takenUntil ? r.offer.takenUntil.toISOString() : null,
          escalatedAt: r.offer.escalatedAt?.toISOString() ?? null,
        }
      : null,
  }));
}


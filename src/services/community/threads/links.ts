import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { businessMember, communityThreadLink, lesson, plan, planAction } from '../../../db/schema/index.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';

export type TLinkTarget = { lessonSlug: string } | { planActionId: string };

/**
 * Links a published lesson, or an action of the person's own relaunch plan ("questo è nel
 * mio piano"), to a thread; the same link twice is one link.
 *
 * @example await linkToThread(db, userId, threadId, { lessonSlug: 'fatti-trovare-sulle-mappe' }, 'it');
 */
export async function linkToThread(db: TDb, userId: string, threadId: string, target: TLinkTarget, locale: TLocale): Promise<void> {
  if ('lessonSlug' in target) {
    const [found] = await db.select({ id: lesson.id }).from(lesson).where(and(eq(lesson.slug, target.lessonSlug), eq(lesson.status, 'published'))).limit(1);
    if (!found) throw new AppError('community.link_not_allowed', 422, [{ field: 'lessonSlug', message: messageFor('community.link_not_allowed', locale) }]);
    await db.insert(communityThreadLink).values({ threadId, lessonId: found.id, createdBy: userId }).onConflictDoNothing();
    return;
  }
  const [own] = await db
    .select({ id: planAction.id })
    .from(planAction)
    .innerJoin(plan, eq(plan.id, planAction.planId))
    .innerJoin(businessMember, and(eq(businessMember.businessId, plan.businessId), eq(businessMember.userId, userId)))
    .where(eq(planAction.id, target.planActionId));
  if (!own) throw new AppError('community.link_not_allowed', 422, [{ field: 'planActionId', message: messageFor('community.link_not_allowed', locale) }]);
  await db.insert(communityThreadLink).values({ threadId, planActionId: own.id, createdBy: userId }).onConflictDoNothing();
}

/** Takes a link away (the asker changed their mind). */
export async function unlinkFromThread(db: TDb, threadId: string, linkId: string): Promise<void> {
  await db.delete(communityThreadLink).where(and(eq(communityThreadLink.id, linkId), eq(communityThreadLink.threadId, threadId)));
}

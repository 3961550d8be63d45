import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityThread } from '../../../db/schema/index.js';
import { communityEvents } from '../events.js';

/**
 * Threads and posts written straight into the schema for the notification tests, raising the
 * same events the thread services raise in their transaction (so these tests need not wait
 * for the thread services).
 */
export async function makeThread(
  db: TDb,
  o: { authorUserId: string; sportelloId?: string | null; kind?: 'question' | 'story'; area?: string; title?: string; createdAt?: Date },
): Promise<{ id: string; slug: string; title: string }> {
  const slug = `domanda-${crypto.randomBytes(4).toString('hex')}`;
  const title = o.title ?? 'Come trovo clienti nuovi in paese?';
  return db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(communityThread)
      .values({ slug, kind: o.kind ?? 'question', title, area: o.area ?? 'marketing', authorUserId: o.authorUserId, sportelloId: o.sportelloId ?? null, createdAt: o.createdAt, lastPostAt: o.createdAt })
      .returning();
    await tx.insert(communityPost).values(postValues(thread!.id, 0, o.authorUserId, 'Ho una bottega e pochi clienti nuovi. Che cosa posso provare?', o.createdAt));
    await communityEvents.threadCreated(tx as unknown as TDb, { threadId: thread!.id, authorUserId: o.authorUserId });
    return { id: thread!.id, slug, title };
  });
}

/** A reply by `authorUserId`, keeping the thread's counters as the thread services do. */
export async function makeReply(db: TDb, o: { threadId: string; authorUserId: string; text?: string; mentionedUserIds?: string[]; at?: Date }): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [thread] = await tx.select().from(communityThread).where(eq(communityThread.id, o.threadId));
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${communityPost.position}), 0) + 1` })
      .from(communityPost)
      .where(eq(communityPost.threadId, o.threadId));
    const [post] = await tx.insert(communityPost).values(postValues(o.threadId, Number(next), o.authorUserId, o.text ?? 'Prova con una scheda su Google Maps e chiedi recensioni.', o.at)).returning();
    const at = o.at ?? new Date();
    await tx
      .update(communityThread)
      .set({ replyCount: sql`${communityThread.replyCount} + 1`, lastPostAt: at, ...(thread!.authorUserId !== o.authorUserId && !thread!.firstReplyAt ? { firstReplyAt: at } : {}) })
      .where(eq(communityThread.id, o.threadId));
    await communityEvents.postCreated(tx as unknown as TDb, { threadId: o.threadId, postId: post!.id, authorUserId: o.authorUserId, mentionedUserIds: o.mentionedUserIds ?? [] });
    return { id: post!.id };
  });
}

function postValues(threadId: string, position: number, authorUserId: string, text: string, createdAt?: Date) {
  return {
    threadId,
    position,
    authorUserId,
    bodyMarkdown: text,
    bodyHtml: `<p>${text}</p>`,
    bodyText: text,
    contentHash: crypto.createHash('sha256').update(`${threadId}:${position}:${text}`).digest('hex'),
    createdAt,
  };
}

import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityMember, communityNotification, communityThread } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';

export const INBOX_PAGE_SIZE = 20;

export interface TInboxItem {
  id: string;
  kind: string;
  createdAt: string;
  isRead: boolean;
  thread: { slug: string; title: string } | null;
  detail: Record<string, unknown> | null;
}

/**
 * One page of the person's notifications, newest first; `before` is the cursor the previous
 * page returned (createdAt and id of its last item).
 *
 * @example const { items, nextCursor } = await listNotifications(db, userId, null);
 */
export async function listNotifications(db: TDb, userId: string, cursor: string | null): Promise<{ items: TInboxItem[]; nextCursor: string | null }> {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await db
    .select({ n: communityNotification, slug: communityThread.slug, title: communityThread.title, hiddenAt: communityThread.hiddenAt })
    .from(communityNotification)
    .leftJoin(communityThread, eq(communityThread.id, communityNotification.threadId))
    .where(
      and(
        eq(communityNotification.userId, userId),
        after ? or(lt(communityNotification.createdAt, after.at), and(eq(communityNotification.createdAt, after.at), lt(communityNotification.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(communityNotification.createdAt), desc(communityNotification.id))
    .limit(INBOX_PAGE_SIZE + 1);
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.n.id,
      kind: r.n.kind,
      createdAt: r.n.createdAt.toISOString(),
      isRead: r.n.readAt !== null,
      // A thread hidden by a moderator is named only in the author's own moderation note.
      thread: r.slug && r.title && (!r.hiddenAt || r.n.kind === 'moderation') ? { slug: r.slug, title: r.title } : null,
      detail: (r.n.detail as Record<string, unknown> | null) ?? null,
    })),
    nextCursor: rows.length > INBOX_PAGE_SIZE && last ? encodeCursor(last.n.createdAt, last.n.id) : null,
  };
}

/** How many notifications the person has not read. */
export async function unreadCount(db: TDb, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(communityNotification)
    .where(and(eq(communityNotification.userId, userId), isNull(communityNotification.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the person's notifications read; someone else's is 404. */
export async function markRead(db: TDb, userId: string, id: string): Promise<void> {
  const [row] = await db.select({ readAt: communityNotification.readAt }).from(communityNotification).where(and(eq(communityNotification.id, id), eq(communityNotification.userId, userId)));
  if (!row) throw new AppError('resource.not_found', 404);
  if (!row.readAt) await db.update(communityNotification).set({ readAt: new Date() }).where(eq(communityNotification.id, id));
}

/** Marks all the person's notifications read. */
export async function markAllRead(db: TDb, userId: string): Promise<void> {
  await db
    .update(communityNotification)
    .set({ readAt: new Date() })
    .where(and(eq(communityNotification.userId, userId), isNull(communityNotification.readAt)));
}

/** Turns community mail off for the holder of an unsubscribe token; an unknown token is 404. */
export async function unsubscribeByToken(db: TDb, token: string): Promise<void> {
  const rows = await db.update(communityMember).set({ emailMode: 'off' }).where(eq(communityMember.unsubscribeToken, token)).returning({ userId: communityMember.userId });
  if (rows.length === 0) throw new AppError('resource.not_found', 404);
}

/** Whether an unsubscribe token is known (the confirmation page says so before the click). */
export async function isKnownUnsubscribeToken(db: TDb, token: string): Promise<boolean> {
  const rows = await db.select({ userId: communityMember.userId }).from(communityMember).where(eq(communityMember.unsubscribeToken, token));
  return rows.length > 0;
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new AppError('request.invalid', 422, [{ field: 'cursor', message: 'cursor' }]);
  return { at, id };
}

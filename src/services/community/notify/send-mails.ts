import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../../db/client.js';
import { communityMember, communityNotification, communityPost, communityThread, user } from '../../../db/schema/index.js';
import { isLocale } from '../../../shared/locale.js';
import type { TMailer } from '../../mail/mailer.js';
import { digestMail, excerptOf, notificationMail, type TMailedNotification, type TRecipient } from './notification-mail.js';

export interface TNotifyMailDeps {
  db: TDb;
  mailer: TMailer;
  baseUrl: string;
}

/** Older notifications are not mailed any more (a person who turns mail back on gets no backlog). */
const MAIL_WINDOW_HOURS = 48;

type TClaimed = { id: string; userId: string };

/**
 * Mails every notification not mailed yet of the people in 'each' mode, one mail each.
 * The claim is one UPDATE … RETURNING on `emailed_at`: a second instance running at the same
 * time finds the rows taken; a mail that fails gives its row back for the retry.
 *
 * @example const sent = await sendEachNotificationMails(deps);
 */
export async function sendEachNotificationMails(deps: TNotifyMailDeps): Promise<number> {
  const claimed = await claimUnmailed(deps.db, 'each');
  let sent = 0;
  let failure: unknown = null;
  for (const [userId, ids] of byUser(claimed)) {
    const { recipient, items } = await loadMailed(deps.db, userId, ids);
    for (const item of items) {
      try {
        if (recipient) await deps.mailer.send(notificationMail(recipient, item.notification, deps.baseUrl));
        sent++;
      } catch (err) {
        await release(deps.db, [item.id]);
        failure = err;
      }
    }
  }
  if (failure) throw failure;
  return sent;
}

/**
 * One digest per person in 'daily' mode with everything not mailed yet; claimed like the
 * single mails, so two runs at once send it once.
 *
 * @example const sent = await sendDailyDigests(deps);
 */
export async function sendDailyDigests(deps: TNotifyMailDeps): Promise<number> {
  const claimed = await claimUnmailed(deps.db, 'daily');
  let sent = 0;
  let failure: unknown = null;
  for (const [userId, ids] of byUser(claimed)) {
    const { recipient, items } = await loadMailed(deps.db, userId, ids);
    if (!recipient || items.length === 0) continue;
    try {
      await deps.mailer.send(
        digestMail(
          recipient,
          items.map((i) => i.notification),
          deps.baseUrl,
        ),
      );
      await deps.db.update(communityMember).set({ lastDigestAt: new Date() }).where(eq(communityMember.userId, userId));
      sent++;
    } catch (err) {
      await release(deps.db, ids);
      failure = err;
    }
  }
  if (failure) throw failure;
  return sent;
}

async function claimUnmailed(db: TDb, mode: 'each' | 'daily'): Promise<TClaimed[]> {
  return db
    .update(communityNotification)
    .set({ emailedAt: sql`now()` })
    .where(
      and(
        isNull(communityNotification.emailedAt),
        gt(communityNotification.createdAt, sql`now() - make_interval(hours => ${MAIL_WINDOW_HOURS})`),
        inArray(communityNotification.userId, db.select({ userId: communityMember.userId }).from(communityMember).where(eq(communityMember.emailMode, mode))),
      ),
    )
    .returning({ id: communityNotification.id, userId: communityNotification.userId });
}

async function release(db: TDb, ids: string[]): Promise<void> {
  await db.update(communityNotification).set({ emailedAt: null }).where(inArray(communityNotification.id, ids));
}

function byUser(rows: TClaimed[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.id]);
  return map;
}

/** The recipient and their claimed notifications with thread and post, oldest first. */
async function loadMailed(db: TDb, userId: string, ids: string[]): Promise<{ recipient: TRecipient | null; items: { id: string; notification: TMailedNotification }[] }> {
  const [person] = await db
    .select({ email: user.email, name: user.name, locale: user.locale, token: communityMember.unsubscribeToken })
    .from(user)
    .innerJoin(communityMember, eq(communityMember.userId, user.id))
    .where(eq(user.id, userId));
  const author = alias(user, 'author');
  const rows = await db
    .select({
      id: communityNotification.id,
      kind: communityNotification.kind,
      createdAt: communityNotification.createdAt,
      detail: communityNotification.detail,
      threadSlug: communityThread.slug,
      threadTitle: communityThread.title,
      threadArea: communityThread.area,
      postText: communityPost.bodyText,
      postDeletedAt: communityPost.deletedAt,
      postHiddenAt: communityPost.hiddenAt,
      authorName: author.name,
    })
    .from(communityNotification)
    .leftJoin(communityThread, eq(communityThread.id, communityNotification.threadId))
    .leftJoin(communityPost, eq(communityPost.id, communityNotification.postId))
    .leftJoin(author, eq(author.id, communityPost.authorUserId))
    .where(inArray(communityNotification.id, ids))
    .orderBy(communityNotification.createdAt);
  const recipient: TRecipient | null = person ? { email: person.email, name: person.name, locale: isLocale(person.locale) ? person.locale : 'it', unsubscribeToken: person.token } : null;
  return {
    recipient,
    items: rows.map((r) => ({
      id: r.id,
      notification: {
        kind: r.kind,
        createdAt: r.createdAt,
        thread: r.threadSlug !== null && r.threadTitle !== null && r.threadArea !== null ? { slug: r.threadSlug, title: r.threadTitle, area: r.threadArea } : null,
        post: r.postText !== null && !r.postDeletedAt && !r.postHiddenAt ? { authorName: r.authorName, excerpt: excerptOf(r.postText) } : null,
        detail: (r.detail as Record<string, unknown> | null) ?? null,
      },
    })),
  };
}

import type { TDb } from '../../../db/client.js';
import { communityNotification } from '../../../db/schema/index.js';
import { ensureCommunityMembers } from './members.js';

/** What a notification is about; the mail and the app each have a sentence for every kind. */
export const NOTIFICATION_KINDS = ['reply', 'mention', 'solved', 'moderation', 'offer', 'offer_free', 'escalated'] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface TNewNotification {
  userId: string;
  kind: TNotificationKind;
  threadId: string | null;
  postId?: string | null;
  detail?: Record<string, unknown> | null;
}

/**
 * Writes notifications (rows only: the mail jobs send them later), first giving every
 * recipient a member row so the mail can carry their unsubscribe link.
 *
 * @example await addNotifications(tx, [{ userId, kind: 'reply', threadId, postId }]);
 */
export async function addNotifications(tx: TDb, items: readonly TNewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await ensureCommunityMembers(
    tx,
    items.map((i) => i.userId),
  );
  await tx.insert(communityNotification).values(items.map((i) => ({ userId: i.userId, kind: i.kind, threadId: i.threadId, postId: i.postId ?? null, detail: i.detail ?? null })));
}

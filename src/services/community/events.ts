import type { TDb } from '../../db/client.js';
import { onModerated, onPostCreated, onSolved, onThreadCreated } from './notify/handlers.js';

/**
 * What happens after a community write, inside the same transaction: follows, notifications,
 * the offer of an unanswered question coming to an end, the moderation log's note to the author.
 * The thread and post services call these; the notification side (services/community/notify)
 * fills them in. Each must only write rows: mail is sent later by the job queue.
 */
export type TCommunityEvents = {
  threadCreated(tx: TDb, e: { threadId: string; authorUserId: string }): Promise<void>;
  /** A reply (position > 0). `mentionedUserIds` are people already in the thread. */
  postCreated(tx: TDb, e: { threadId: string; postId: string; authorUserId: string; mentionedUserIds: string[] }): Promise<void>;
  solved(tx: TDb, e: { threadId: string; postId: string; byUserId: string }): Promise<void>;
  /** A moderator's decision about someone's thread or post (the reason is shown to them). */
  moderated(tx: TDb, e: { action: string; targetUserId: string; threadId: string | null; postId: string | null; reason: string }): Promise<void>;
};

/** The events as wired: follows and notifications (services/community/notify). */
export const communityEvents: TCommunityEvents = {
  threadCreated: onThreadCreated,
  postCreated: onPostCreated,
  solved: onSolved,
  moderated: onModerated,
};

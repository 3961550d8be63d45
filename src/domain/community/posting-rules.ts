import { countImages, countLinks, isDuplicatePost, MAX_POST_CHARS, MIN_POST_CHARS } from './post-content.js';
import { POSTING_LIMITS, type TTrustLevel } from './trust.js';

/** Why a post is refused, each shown next to the field it is about. */
export type TPostRefusal =
  | { code: 'community.post_too_long'; field: 'body'; max: number }
  | { code: 'community.post_too_short'; field: 'body'; min: number }
  | { code: 'community.too_many_links'; field: 'body'; max: number }
  | { code: 'community.too_many_images'; field: 'body'; max: number }
  | { code: 'community.duplicate_post'; field: 'body' }
  | { code: 'community.thread_locked'; field: 'body' }
  | { code: 'community.silenced'; field: 'body'; until: Date }
  | { code: 'community.slow_mode'; field: 'body'; waitSeconds: number }
  | { code: 'community.too_fast'; field: 'body'; waitSeconds: number }
  | { code: 'community.daily_limit'; field: 'body'; max: number };

export interface TPostingContext {
  now: Date;
  level: TTrustLevel;
  markdown: string;
  hash: string;
  /** The author's posts of the last 24 hours (and at least their last one), newest first. */
  recentPosts: ReadonlyArray<{ contentHash: string; createdAt: Date; threadId: string }>;
  /** How many posts the author ever wrote. */
  totalPosts: number;
  silencedUntil: Date | null;
  /** Null for a new thread. */
  thread: { id: string; isLocked: boolean; slowModeSeconds: number | null } | null;
  /** Moderators post in a locked or slowed thread to explain it. */
  isModerator: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The first reason to refuse a post, or null when it may be posted. Standing (locked,
 * silenced) first, then the text, then the pace: a person is told the thing they can change.
 *
 * @example checkPost({ ...ctx, markdown: 'x'.repeat(30_000) })?.code; // 'community.post_too_long'
 */
export function checkPost(ctx: TPostingContext): TPostRefusal | null {
  const limits = POSTING_LIMITS[ctx.level];
  const now = ctx.now.getTime();
  if (ctx.thread?.isLocked && !ctx.isModerator) return { code: 'community.thread_locked', field: 'body' };
  if (ctx.silencedUntil && ctx.silencedUntil.getTime() > now) return { code: 'community.silenced', field: 'body', until: ctx.silencedUntil };
  const length = ctx.markdown.trim().length;
  if (length > MAX_POST_CHARS) return { code: 'community.post_too_long', field: 'body', max: MAX_POST_CHARS };
  if (length < MIN_POST_CHARS) return { code: 'community.post_too_short', field: 'body', min: MIN_POST_CHARS };
  if (countLinks(ctx.markdown) > limits.maxLinks) return { code: 'community.too_many_links', field: 'body', max: limits.maxLinks };
  if (countImages(ctx.markdown) > limits.maxImages) return { code: 'community.too_many_images', field: 'body', max: limits.maxImages };
  if (isDuplicatePost(ctx.hash, ctx.recentPosts, ctx.now)) return { code: 'community.duplicate_post', field: 'body' };

  const last = ctx.recentPosts[0];
  if (ctx.thread?.slowModeSeconds && !ctx.isModerator) {
    const lastHere = ctx.recentPosts.find((p) => p.threadId === ctx.thread!.id);
    const wait = lastHere ? Math.ceil((lastHere.createdAt.getTime() + ctx.thread.slowModeSeconds * 1000 - now) / 1000) : 0;
    if (wait > 0) return { code: 'community.slow_mode', field: 'body', waitSeconds: wait };
  }
  if (last) {
    const gap = ctx.totalPosts <= 1 ? limits.afterFirstPostSeconds : limits.betweenPostsSeconds;
    const wait = Math.ceil((last.createdAt.getTime() + gap * 1000 - now) / 1000);
    if (wait > 0) return { code: 'community.too_fast', field: 'body', waitSeconds: wait };
  }
  const today = ctx.recentPosts.filter((p) => now - p.createdAt.getTime() < DAY_MS).length;
  if (today >= limits.postsPerDay) return { code: 'community.daily_limit', field: 'body', max: limits.postsPerDay };
  return null;
}

/**
 * Three steps, as few as will do (Discourse has five):
 * - `new`: everyone at first. At most 2 links and 1 image per post; after the first post the
 *   next waits 2 minutes, then 15 seconds between posts; 10 posts a day.
 * - `known`: someone with one reply marked "Risolto". Helping once is the proof of good faith.
 * - `trusted`: angels, coordinators and the network admin, or three replies marked "Risolto".
 */
export type TTrustLevel = 'new' | 'known' | 'trusted';

export interface TPostingLimits {
  maxLinks: number;
  maxImages: number;
  /** Seconds between a person's very first post and their second. */
  afterFirstPostSeconds: number;
  /** Seconds between two posts afterwards. */
  betweenPostsSeconds: number;
  postsPerDay: number;
}

export const POSTING_LIMITS: Record<TTrustLevel, TPostingLimits> = {
  new: { maxLinks: 2, maxImages: 1, afterFirstPostSeconds: 120, betweenPostsSeconds: 15, postsPerDay: 10 },
  known: { maxLinks: 10, maxImages: 5, afterFirstPostSeconds: 15, betweenPostsSeconds: 10, postsPerDay: 50 },
  trusted: { maxLinks: 30, maxImages: 10, afterFirstPostSeconds: 0, betweenPostsSeconds: 3, postsPerDay: 300 },
};

export const SOLVED_FOR_KNOWN = 1;
export const SOLVED_FOR_TRUSTED = 3;

/**
 * A person's step, from their roles and their replies marked "Risolto".
 *
 * @example trustLevelOf({ isHelper: false, solvedReplies: 1 }); // 'known'
 */
export function trustLevelOf(p: { isHelper: boolean; solvedReplies: number }): TTrustLevel {
  if (p.isHelper || p.solvedReplies >= SOLVED_FOR_TRUSTED) return 'trusted';
  return p.solvedReplies >= SOLVED_FOR_KNOWN ? 'known' : 'new';
}

import { hasRole } from '../domain/network/actor.js';
import type { TActor } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TThread = Extract<TResource, { type: 'community_thread' }>;
type TCommunity = Extract<TResource, { type: 'community' }>;
type TOffer = Extract<TResource, { type: 'community_offer' }>;
type TSportello = Extract<TResource, { type: 'sportello' }>;

/** The network admin everywhere; a coordinator where the thread belongs (their sportello or its region). */
const moderates = (actor: TActor, r: TThread): boolean => actor.isAdmin || r.moderatorSportelloIds.some((s) => hasRole(actor, s, 'coordinator'));

const isOwn = (actor: TActor, userId: string | null | undefined): boolean => userId !== null && userId !== undefined && actor.userId === userId;

/**
 * Who does what in the community. Reading public threads needs no rule (visitors read them);
 * whatever limits a person's pace or a silenced account is a business rule, not a permission.
 */
export const communityRules = {
  /** Opening threads, replying, "anche a me", "grazie", reporting, one's own notifications: anyone signed in. */
  'community.participate': (() => true) as TRule<TCommunity>,
  /** Editing and deleting a post: its author only (a moderator hides, never rewrites). */
  'community.edit_post': ((actor, r) => isOwn(actor, r.postAuthorUserId)) as TRule<TThread>,
  /** "Risolto": the asker, or a moderator of the thread. */
  'community.mark_solved': ((actor, r) => isOwn(actor, r.authorUserId) || moderates(actor, r)) as TRule<TThread>,
  /** Hide, restore, lock, move, slow mode, silence the author, see reports and hidden posts. */
  'community.moderate': ((actor, r) => moderates(actor, r)) as TRule<TThread>,
  /** A sportello's queues: reports to review, unanswered questions, the moderation log. */
  'community.sportello_queues': ((actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId, 'coordinator')) as TRule<TSportello>,
  /** Taking an offered question: an angel of that sportello, while nobody else holds it. */
  'community.take_offer': ((actor, r) => hasRole(actor, r.sportelloId, 'angel') && (r.takenBy === null || r.takenBy === actor.userId)) as TRule<TOffer>,
  /** Seeing the offers of a sportello: its angels and coordinators. */
  'community.see_offers': ((actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId)) as TRule<TOffer>,
} as const satisfies Record<string, TRule<TThread> | TRule<TCommunity> | TRule<TOffer> | TRule<TSportello>>;

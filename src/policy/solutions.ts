import { hasRole } from '../domain/network/actor.js';
import type { TActor } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TSolution = Extract<TResource, { type: 'solution' }>;
type TScope = Extract<TResource, { type: 'solution_scope' }>;
type TReview = Extract<TResource, { type: 'solution_review' }>;
type TBusiness = Extract<TResource, { type: 'business' }>;

/** The national catalogue is the network admin's; a sportello's own, its coordinators'. */
const managesScope = (actor: TActor, sportelloId: string | null): boolean => actor.isAdmin || (sportelloId !== null && hasRole(actor, sportelloId, 'coordinator'));

/**
 * The vetted solutions (issue 16). Reading what is published needs no rule: the catalogue is
 * public. Deny by default; a proposal of another sportello is not even seen (404).
 */
export const solutionRules = {
  /** A proposed solution: its author and whoever manages its scope. Published ones are public. */
  'solution.read': ((actor, r) => r.status === 'published' || r.authorId === actor.userId || managesScope(actor, r.sportelloId)) as TRule<TSolution>,
  /** Proposing a solution: the angels of that sportello (national: any angel or coordinator), and the scope's managers. */
  'solution.propose': ((actor, r) =>
    managesScope(actor, r.sportelloId) ||
    (r.sportelloId === null ? actor.memberships.length > 0 : hasRole(actor, r.sportelloId, 'angel'))) as TRule<TScope>,
  /** Publishing directly, or the list of proposals to vet: the scope's managers. */
  'solution.publish': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TScope>,
  /** Editing (and publishing) a solution: whoever manages its scope. */
  'solution.edit': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TSolution>,
  /** Reviewing a solution used with a business: its own people, or its angel while assigned. */
  'solution.review': ((actor, r) => actor.businessIds.includes(r.businessId) || actor.assignedBusinessIds.includes(r.businessId)) as TRule<TBusiness>,
  /** Changing a review: its author only. */
  'solution.edit_review': ((actor, r) => r.authorId === actor.userId) as TRule<TReview>,
  /** Hiding a review (the reason is kept): the coordinators of the business's or the solution's sportello, admins. */
  'solution.moderate': ((actor, r) => actor.isAdmin || (r.moderatorSportelloIds ?? []).some((id) => hasRole(actor, id, 'coordinator'))) as TRule<TReview>,
} as const;

import { hasRole } from '../domain/network/actor.js';
import type { TActor } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TTrap = Extract<TResource, { type: 'trap' }>;
type TScope = Extract<TResource, { type: 'trap_scope' }>;
type TBusiness = Extract<TResource, { type: 'business' }>;

/** National warnings are the network admin's; a sportello's own, its coordinators'. */
const managesScope = (actor: TActor, sportelloId: string | null): boolean => actor.isAdmin || (sportelloId !== null && hasRole(actor, sportelloId, 'coordinator'));

/** Angels and coordinators propose: nationally from any sportello, locally in their own. */
const mayPropose = (actor: TActor, sportelloId: string | null): boolean =>
  actor.isAdmin || (sportelloId === null ? actor.memberships.length > 0 : hasRole(actor, sportelloId));

const isAuthor: TRule<TTrap> = (actor, r) => r.authorUserId !== null && r.authorUserId === actor.userId;

/**
 * "Attenzione a". A published warning is public and needs no rule to be read; a proposal is seen
 * only by its author and by whoever publishes in its scope.
 */
export const trapRules = {
  'trap.propose': ((actor, r) => mayPropose(actor, r.sportelloId)) as TRule<TScope>,
  /** The proposals waiting in a scope. */
  'trap.review_queue': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TScope>,
  'trap.read': ((actor, r) => r.status === 'published' || isAuthor(actor, r) || managesScope(actor, r.sportelloId)) as TRule<TTrap>,
  /** Its author while it is a proposal; the scope's coordinators (the admin for national ones) always. */
  'trap.edit': ((actor, r) => (isAuthor(actor, r) && r.status === 'proposed') || managesScope(actor, r.sportelloId)) as TRule<TTrap>,
  'trap.publish': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TTrap>,
  /**
   * The warnings read in an ascolto request: its sportello's coordinators, the angel assigned to
   * its business, the network admin. Not the entrepreneur here: they get theirs in the follow-up.
   */
  'intake.read_warnings': ((actor, r) => actor.isAdmin || actor.assignedBusinessIds.includes(r.businessId) || (r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator'))) as TRule<TBusiness>,
} as const;

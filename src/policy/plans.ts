import type { TActor } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TUser = Extract<TResource, { type: 'user' }>;

/** The relaunch plans as a list; one plan's rules live with the business (business.ts). */
export const planRules = {
  /** Everyone signed in lists their own plans (possibly none); nobody lists another person's. */
  'plan.list': ((actor, r) => actor.userId === r.userId) as TRule<TUser>,
} as const;

/** Which businesses' plans an actor may read, as the list query needs it. */
export interface TPlanScope {
  /** Owned, or followed as the angel through an assignment still open. */
  businessIds: string[];
  /** Every business of these sportelli: the actor coordinates them. */
  sportelloIds: string[];
}

/**
 * The same people 'plan.read' lets in (business.ts), as a scope a query can filter on.
 * Admins get what their own roles give: a list of every business in the network is the
 * console's job, not a caseload.
 *
 * @example planScopeOf(actor) // { businessIds: ['b1', 'b7'], sportelloIds: ['s-milano'] }
 */
export function planScopeOf(actor: TActor): TPlanScope {
  return {
    businessIds: [...new Set([...actor.businessIds, ...actor.assignedBusinessIds])],
    sportelloIds: actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.sportelloId),
  };
}

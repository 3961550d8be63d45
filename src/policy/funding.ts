import { hasRole } from '../domain/network/actor.js';
import type { TActor } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TBusiness = Extract<TResource, { type: 'business' }>;
type TCall = Extract<TResource, { type: 'funding_call' }>;
type TScope = Extract<TResource, { type: 'funding_scope' }>;
type TNetwork = Extract<TResource, { type: 'network' }>;
type TSportello = Extract<TResource, { type: 'sportello' }>;

/** National funding data is the network admin's; a sportello's own, its coordinators'. */
const managesScope = (actor: TActor, sportelloId: string | null): boolean => actor.isAdmin || (sportelloId !== null && hasRole(actor, sportelloId, 'coordinator'));

const isOwnPeople: TRule<TBusiness> = (actor, r) => actor.businessIds.includes(r.businessId);
const isAssignedAngel: TRule<TBusiness> = (actor, r) => actor.assignedBusinessIds.includes(r.businessId);
const isItsCoordinator: TRule<TBusiness> = (actor, r) => r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator');

/**
 * The funding finder. Reading published calls needs no rule: they are public, like the try-it
 * for visitors. Verdicts name a business's facts, so they follow who may see the business.
 */
export const fundingRules = {
  /** "Bandi per te": the verdicts for one business. Its people, its angel while assigned, its sportello's coordinators, admins. */
  'funding.read_verdicts': ((actor, r) => actor.isAdmin || isOwnPeople(actor, r) || isAssignedAngel(actor, r) || isItsCoordinator(actor, r)) as TRule<TBusiness>,
  /** Following a call for a business (the alerts): its own people only. */
  'funding.follow': isOwnPeople,
  /** Running an import of the national catalogue. */
  'funding.import': ((actor) => actor.isAdmin) as TRule<TNetwork>,
  /** Creating calls and curated rules in a scope (national: admin; a sportello's: its coordinators). */
  'funding.write': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TScope>,
  /** Changing or withdrawing a call: whoever manages the scope it belongs to. */
  'funding.edit_call': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TCall>,
  /** Which of the sportello's businesses qualify for a call, and inviting them by e-mail. */
  'funding.match_businesses': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TSportello>,
} as const;

import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TSportello = Extract<TResource, { type: 'sportello' }>;
type TNetwork = Extract<TResource, { type: 'network' }>;

const isCoordinatorOrAdmin: TRule<TSportello> = (actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId, 'coordinator');

/** Rules for the network: sportelli, their members and invitations, the mail outbox. */
export const networkRules = {
  /** Members of a sportello (and admins) see its inside: members, invitations. */
  'sportello.read': ((actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId)) as TRule<TSportello>,
  'sportello.update': isCoordinatorOrAdmin,
  'sportello.manage_members': isCoordinatorOrAdmin,
  'sportello.invite': isCoordinatorOrAdmin,
  /** The inbox of ascolto requests routed to the sportello. */
  'sportello.read_requests': isCoordinatorOrAdmin,
  'network.manage_sportelli': ((actor) => actor.isAdmin) as TRule<TNetwork>,
  'network.read_mail': ((actor) => actor.isAdmin) as TRule<TNetwork>,
} as const;

import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TSportello = Extract<TResource, { type: 'sportello' }>;

const coordinatorOf: TRule<TSportello> = (actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId, 'coordinator');

/**
 * The inbox of a sportello's incoming requests: its coordinators and the network admin, no one
 * else (angels and entrepreneurs are refused; another sportello's request answers 404). A
 * request no sportello serves is the admin's alone (the caller checks `network.manage_sportelli`).
 */
export const inboxRules = {
  /** Reading the list, a request, its notes, duplicates and suggested angels. */
  'inbox.read': coordinatorOf,
  /** Taking, noting, concluding, archiving, reopening, turning into a business, assigning, passing, merging. */
  'inbox.work': coordinatorOf,
  /** Names and contacts in exports (otherwise pseudonymised): the same people, who call back. */
  'inbox.read_people': coordinatorOf,
} as const;

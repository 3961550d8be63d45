import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TNetwork = Extract<TResource, { type: 'network' }>;
type TSportello = Extract<TResource, { type: 'sportello' }>;

/**
 * The territory map. The national picture (every sportello's totals) is for the network admin
 * and for any coordinator; a province's own figures, for the admin and the coordinators of the
 * sportello serving it. Angels and entrepreneurs see neither.
 */
export const territoryRules = {
  /** Opening the map: totals per sportello across the network. */
  'territory.read': ((actor) => actor.isAdmin || actor.memberships.some((m) => m.role === 'coordinator')) as TRule<TNetwork>,
  /** The per-province figures of one sportello's provinces. */
  'territory.read_provinces': ((actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId, 'coordinator')) as TRule<TSportello>,
} as const;

import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TNetwork = Extract<TResource, { type: 'network' }>;
type TSportello = Extract<TResource, { type: 'sportello' }>;

/**
 * The funnel and the impact (docs/insights.md). Coordinators read their own sportello's, the
 * network admin any sportello's and the whole network's; angels and entrepreneurs neither.
 * Figures are aggregates, but a breakdown by angel names the sportello's angels.
 */
export const insightsRules = {
  /** Opening the insights at all: a 403 for anyone else signed in (angels, entrepreneurs). */
  'insights.open': ((actor) => actor.isAdmin || actor.memberships.some((m) => m.role === 'coordinator')) as TRule<TNetwork>,
  /** One sportello's funnel and impact; another sportello's answers 404. */
  'insights.read_sportello': ((actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId, 'coordinator')) as TRule<TSportello>,
  /** The whole network's (the network admin). */
  'insights.read_network': ((actor) => actor.isAdmin) as TRule<TNetwork>,
} as const;

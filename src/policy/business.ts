import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TBusiness = Extract<TResource, { type: 'business' }>;

/** The business's own people, the coordinators of its sportello and admins. */
const canSeeBusiness: TRule<TBusiness> = (actor, r) =>
  actor.isAdmin || actor.businessIds.includes(r.businessId) || (r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator'));

export const businessRules = {
  'business.read': canSeeBusiness,
  'business.update': canSeeBusiness,
} as const;

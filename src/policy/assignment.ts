import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TSportello = Extract<TResource, { type: 'sportello' }>;
type TUser = Extract<TResource, { type: 'user' }>;

const isCoordinatorOrAdmin: TRule<TSportello> = (actor, r) => actor.isAdmin || hasRole(actor, r.sportelloId, 'coordinator');

/**
 * "Assegna tutte" and the angels' caseloads (issue 15, points 2 and 7). A sportello's whole
 * picture is for its coordinators and the network admin; an angel sees their own caseload only.
 */
export const assignmentRules = {
  /** Preview and confirm "Assegna tutte" for a sportello. */
  'assignment.assign_all': isCoordinatorOrAdmin,
  /** Every angel's caseload in a sportello. */
  'caseload.read': isCoordinatorOrAdmin,
  /** Move a business from one angel of the sportello to another, with a reason. */
  'caseload.move': isCoordinatorOrAdmin,
  /** The people in the exports (angels' names, reasons) in clear; pseudonyms for anyone else the list is open to. */
  'caseload.read_people': isCoordinatorOrAdmin,
  /** One's own caseload, as an angel of some sportello. */
  'caseload.read_own': ((actor, r) => actor.userId === r.userId && actor.memberships.some((m) => m.role === 'angel')) as TRule<TUser>,
} as const;

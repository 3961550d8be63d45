import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TBusiness = Extract<TResource, { type: 'business' }>;

const isOwnPeople: TRule<TBusiness> = (actor, r) => actor.businessIds.includes(r.businessId);
const isAssignedAngel: TRule<TBusiness> = (actor, r) => actor.assignedBusinessIds.includes(r.businessId);
const isItsCoordinator: TRule<TBusiness> = (actor, r) => r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator');

/** The business's own people, its assigned angel, the coordinators of its sportello and admins. */
const canSeeBusiness: TRule<TBusiness> = (actor, r) => actor.isAdmin || isOwnPeople(actor, r) || isAssignedAngel(actor, r) || isItsCoordinator(actor, r);

export const businessRules = {
  'business.read': canSeeBusiness,
  'business.update': (actor, r) => actor.isAdmin || isOwnPeople(actor, r) || isItsCoordinator(actor, r),
  /** Ascolto and check-ups: seen by the same people as the business. */
  'intake.read': canSeeBusiness,
  'checkup.read': canSeeBusiness,
  /** Answering a check-up: the entrepreneur, or the assigned angel sitting beside them. */
  'checkup.write': (actor, r) => isOwnPeople(actor, r) || isAssignedAngel(actor, r),
  /** The relaunch plan: its people, its angel while assigned, and its sportello's coordinators; an ended assignment grants nothing. */
  'plan.read': canSeeBusiness,
  'plan.edit': (actor, r) => actor.isAdmin || isOwnPeople(actor, r) || isAssignedAngel(actor, r) || isItsCoordinator(actor, r),
  /** The angel starts the plan after the first meeting (or the coordinator for them). */
  'plan.start': (actor, r) => actor.isAdmin || isAssignedAngel(actor, r) || isItsCoordinator(actor, r),
  /** The package of hours: agreed first by the angel (or the coordinator); changing its hours afterwards is the coordinator's (domain rule checkPackage). */
  'plan.set_package': (actor, r) => actor.isAdmin || isAssignedAngel(actor, r) || isItsCoordinator(actor, r),
  /** Hours beyond the package, and changes to the package once agreed, for the sportello's books. */
  'plan.approve_hours': (actor, r) => actor.isAdmin || isItsCoordinator(actor, r),
  /** Pointing the business at a Metodo Pop lesson: its angel while assigned, and its sportello's coordinators. */
  'lesson.suggest': (actor, r) => isAssignedAngel(actor, r) || isItsCoordinator(actor, r),
  /** Hiding a suggested lesson from the business's page: its own people only. */
  'lesson.dismiss_suggestion': isOwnPeople,
} as const satisfies Record<string, TRule<TBusiness>>;

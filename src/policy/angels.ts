import { hasRole } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TAngel = Extract<TResource, { type: 'angel' }>;
type TMeeting = Extract<TResource, { type: 'meeting' }>;
type TBusiness = Extract<TResource, { type: 'business' }>;

const isSelf: TRule<TAngel> = (actor, r) => actor.userId === r.userId;
const coordinatesAngel: TRule<TAngel> = (actor, r) => actor.isAdmin || (r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator'));

const isMeetingBusiness: TRule<TMeeting> = (actor, r) => actor.businessIds.includes(r.businessId);
const isMeetingAngel: TRule<TMeeting> = (actor, r) => actor.userId === r.angelUserId;
const coordinatesMeeting: TRule<TMeeting> = (actor, r) => actor.isAdmin || (r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator'));

/** Angels' profiles and CVs, matching and meetings. */
export const angelRules = {
  /** The profile, availability and CV: the angel and the coordinators who qualify them. */
  'angel.read': ((actor, r) => isSelf(actor, r) || coordinatesAngel(actor, r)) as TRule<TAngel>,
  /** Only angels edit their own profile, pause and availability. */
  'angel.edit': isSelf,
  'angel.review': coordinatesAngel,
  'meeting.read': ((actor, r) => isMeetingBusiness(actor, r) || isMeetingAngel(actor, r) || coordinatesMeeting(actor, r)) as TRule<TMeeting>,
  /** Both sides confirm, change and cancel. */
  'meeting.change': ((actor, r) => isMeetingBusiness(actor, r) || isMeetingAngel(actor, r)) as TRule<TMeeting>,
  'meeting.record_outcome': isMeetingAngel,
  'meeting.feedback': isMeetingBusiness,
  /** Seeing the best angels and booking: the business's own people. */
  'business.match': ((actor, r) => actor.businessIds.includes(r.businessId)) as TRule<TBusiness>,
  /** A coordinator may assign another angel than the one suggested or chosen, saying why. */
  'business.assign': ((actor, r) => actor.isAdmin || (r.sportelloId !== null && hasRole(actor, r.sportelloId, 'coordinator'))) as TRule<TBusiness>,
} as const satisfies Record<string, TRule<TAngel> | TRule<TMeeting> | TRule<TBusiness>>;

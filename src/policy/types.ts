import type { TActor } from '../domain/network/actor.js';

/** What an action is done to; every resource that belongs to a sportello names it. */
export type TResource =
  | { type: 'network' }
  | { type: 'sportello'; sportelloId: string }
  | { type: 'business'; businessId: string; sportelloId: string | null }
  | { type: 'user'; userId: string }
  | { type: 'angel'; userId: string; sportelloId: string | null }
  | { type: 'meeting'; businessId: string; sportelloId: string | null; angelUserId: string };

export type TRule<R extends TResource = TResource> = (actor: TActor, resource: R) => boolean;

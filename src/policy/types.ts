import type { TActor } from '../domain/network/actor.js';

/** What an action is done to; every resource that belongs to a sportello names it. */
export type TResource =
  | { type: 'network' }
  | { type: 'sportello'; sportelloId: string }
  | { type: 'business'; businessId: string; sportelloId: string | null }
  | { type: 'user'; userId: string }
  | { type: 'angel'; userId: string; sportelloId: string | null }
  | { type: 'meeting'; businessId: string; sportelloId: string | null; angelUserId: string }
  /** A Metodo Pop lesson; `sportelloId` null is the national library. */
  | { type: 'lesson'; sportelloId: string | null; authorUserId: string | null; status: 'draft' | 'in_review' | 'published' | 'retired' }
  /** Where a lesson may be written: the national library (null) or one sportello's own. */
  | { type: 'library'; sportelloId: string | null };

export type TRule<R extends TResource = TResource> = (actor: TActor, resource: R) => boolean;

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
  | { type: 'library'; sportelloId: string | null }
  /**
   * A community thread, or one of its posts (`postAuthorUserId`). `moderatorSportelloIds`: the
   * sportelli whose coordinators moderate it (the one serving the asker's comune and those of
   * the thread's region), resolved by the caller.
   */
  | { type: 'community_thread'; authorUserId: string | null; postAuthorUserId?: string | null; moderatorSportelloIds: ReadonlyArray<string> }
  /** The community as a whole: posting, reacting, reporting, one's own notifications. */
  | { type: 'community' }
  /** A question offered to a sportello's angels. */
  | { type: 'community_offer'; sportelloId: string; takenBy: string | null }
  /** A call for funding: the national catalogue (`sportelloId` null) or one sportello's own. */
  | { type: 'funding_call'; sportelloId: string | null }
  /** Where curated rules and calls are written: national (null) or one sportello's. */
  | { type: 'funding_scope'; sportelloId: string | null }
  /** An "Attenzione a" warning (src/policy/traps.ts), and where one is written: national (null) or one sportello's. */
  | { type: 'trap'; sportelloId: string | null; authorUserId: string | null; status: 'proposed' | 'published' }
  | { type: 'trap_scope'; sportelloId: string | null }
  /** A solution of the catalogue (issue 16): national (`sportelloId` null) or one sportello's. */
  | { type: 'solution'; sportelloId: string | null; status: 'proposed' | 'published'; authorId: string | null }
  /** Where solutions are written: the national catalogue (null) or one sportello's. */
  | { type: 'solution_scope'; sportelloId: string | null }
  /** A review; `moderatorSportelloIds`: the reviewed business's and the solution's sportelli. */
  | { type: 'solution_review'; authorId: string; moderatorSportelloIds: ReadonlyArray<string> };

export type TRule<R extends TResource = TResource> = (actor: TActor, resource: R) => boolean;

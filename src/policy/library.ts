import { hasRole } from '../domain/network/actor.js';
import type { TActor } from '../domain/network/actor.js';
import type { TResource, TRule } from './types.js';

type TLesson = Extract<TResource, { type: 'lesson' }>;
type TLibrary = Extract<TResource, { type: 'library' }>;

/** Coordinators, and angels a coordinator gave the author permission, of any sportello. */
function isAnyAuthor(actor: TActor): boolean {
  return actor.memberships.some((m) => m.role === 'coordinator' || (m.role === 'angel' && m.canAuthor === true));
}

function isAuthorIn(actor: TActor, sportelloId: string): boolean {
  return actor.memberships.some((m) => m.sportelloId === sportelloId && (m.role === 'coordinator' || (m.role === 'angel' && m.canAuthor === true)));
}

/** The national library takes drafts from every author of the network; a sportello's own, from its own. */
const mayWriteIn = (actor: TActor, sportelloId: string | null): boolean => actor.isAdmin || (sportelloId === null ? isAnyAuthor(actor) : isAuthorIn(actor, sportelloId));

/** A sportello's lessons are managed by its coordinators; the national library's by the network admin. */
const managesScope = (actor: TActor, sportelloId: string | null): boolean => actor.isAdmin || (sportelloId !== null && hasRole(actor, sportelloId, 'coordinator'));

const isAuthor: TRule<TLesson> = (actor, r) => r.authorUserId !== null && actor.userId === r.authorUserId;

/** Who may write, review and publish Metodo Pop lessons. Reading what is published needs no rule: it is public. */
export const libraryRules = {
  /** Starting a draft in a scope. */
  'lesson.create': ((actor, r) => mayWriteIn(actor, r.sportelloId)) as TRule<TLibrary>,
  /** Its author while they may still write there, and whoever manages the scope, see a lesson in any status. */
  'lesson.read_draft': ((actor, r) => (isAuthor(actor, r) && mayWriteIn(actor, r.sportelloId)) || managesScope(actor, r.sportelloId)) as TRule<TLesson>,
  /** Changing the text, video and templates: the author (draft or sent back) or the scope's managers, never once retired. */
  'lesson.edit': ((actor, r) => r.status !== 'retired' && ((isAuthor(actor, r) && mayWriteIn(actor, r.sportelloId) && r.status === 'draft') || managesScope(actor, r.sportelloId))) as TRule<TLesson>,
  'lesson.submit': ((actor, r) => r.status === 'draft' && ((isAuthor(actor, r) && mayWriteIn(actor, r.sportelloId)) || managesScope(actor, r.sportelloId))) as TRule<TLesson>,
  /** Publishing, sending back with a note, retiring: the reviewer (a coordinator of the sportello, or the admin for the national library). */
  'lesson.review': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TLesson>,
  /** The review queue and the author permission of a scope. */
  'library.review_queue': ((actor, r) => managesScope(actor, r.sportelloId)) as TRule<TLibrary>,
  'library.grant_author': ((actor, r) => r.sportelloId !== null && managesScope(actor, r.sportelloId)) as TRule<TLibrary>,
} as const satisfies Record<string, TRule<TLesson> | TRule<TLibrary>>;

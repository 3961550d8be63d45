/**
 * No question left alone (issue 13, point 7), in plain hours: a question nobody but the asker
 * answered for 48 hours is offered to the angels of its sportello; the first to take it holds it
 * for 24 hours; 48 hours after the offer, still unanswered, the coordinators are told.
 */
export const OFFER_AFTER_HOURS = 48;
export const HOLD_HOURS = 24;
export const ESCALATE_AFTER_HOURS = 48;

const HOUR_MS = 3_600_000;

export type TOfferState = 'offered' | 'taken' | 'answered' | 'expired' | 'escalated';

export interface TUnansweredQuestion {
  kind: 'question' | 'story';
  createdAt: Date;
  /** When someone other than the asker first replied; null is "unanswered". */
  firstReplyAt: Date | null;
  sportelloId: string | null;
  isHidden: boolean;
  offer: { state: TOfferState; offeredAt: Date; takenUntil: Date | null; escalatedAt: Date | null } | null;
}

/** What the periodic job should do now with one question (at most one step per run). */
export type TUnansweredStep = 'none' | 'offer' | 'answered' | 'release' | 'escalate';

/**
 * The next step for a question at `now`: offer it, mark its offer answered, give a lapsed
 * hold back to the others, tell the coordinators, or nothing.
 *
 * @example nextUnansweredStep({ kind: 'question', createdAt, firstReplyAt: null, sportelloId, isHidden: false, offer: null }, now); // 'offer' after 48 h
 */
export function nextUnansweredStep(q: TUnansweredQuestion, now: Date): TUnansweredStep {
  if (q.kind !== 'question' || q.isHidden) return 'none';
  const { offer } = q;
  if (q.firstReplyAt) return offer && isOpen(offer.state) ? 'answered' : 'none';
  if (!offer) return q.sportelloId && hoursBetween(q.createdAt, now) >= OFFER_AFTER_HOURS ? 'offer' : 'none';
  if (!isOpen(offer.state)) return 'none';
  if (!offer.escalatedAt && hoursBetween(offer.offeredAt, now) >= ESCALATE_AFTER_HOURS) return 'escalate';
  if (offer.state === 'taken' && offer.takenUntil && offer.takenUntil.getTime() <= now.getTime()) return 'release';
  return 'none';
}

/** Whether an angel may take the offer now: open, and nobody else holds it (or the hold lapsed). */
export function canTakeOffer(offer: { state: TOfferState; takenBy: string | null; takenUntil: Date | null }, userId: string, now: Date): boolean {
  if (!isOpen(offer.state)) return false;
  if (offer.state !== 'taken' || offer.takenBy === userId) return true;
  return offer.takenUntil !== null && offer.takenUntil.getTime() <= now.getTime();
}

/** The end of a hold taken at `now`. */
export function holdUntil(now: Date): Date {
  return new Date(now.getTime() + HOLD_HOURS * HOUR_MS);
}

/** Whole hours a question has waited, for the coordinator's queue. */
export function waitingHours(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor(hoursBetween(createdAt, now)));
}

/**
 * The angels to tell, those whose areas include the question's first, then the others (each
 * group in the order given), with whether their area matched.
 *
 * @example orderOfferRecipients([{ userId: 'a', areas: ['green'] }, { userId: 'b', areas: ['marketing'] }], 'marketing'); // b, then a
 */
export function orderOfferRecipients(angels: ReadonlyArray<{ userId: string; areas: readonly string[] }>, area: string): { userId: string; isAreaMatch: boolean }[] {
  const seen = new Set<string>();
  const unique = angels.filter((a) => !seen.has(a.userId) && seen.add(a.userId));
  const matching = unique.filter((a) => a.areas.includes(area));
  const others = unique.filter((a) => !a.areas.includes(area));
  return [...matching.map((a) => ({ userId: a.userId, isAreaMatch: true })), ...others.map((a) => ({ userId: a.userId, isAreaMatch: false }))];
}

function isOpen(state: TOfferState): boolean {
  return state === 'offered' || state === 'taken' || state === 'escalated';
}

function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

/**
 * No question left alone (issue 13, point 7), in plain hours: a question nobody but the asker
 * answered for 48 hours is offered to the angels of its sportello whose areas include it (all
 * of them when none does); 12 hours later, still not taken nor answered, to the other angels
 * too; the first to take it holds it for 24 hours; 48 hours after the offer, still unanswered,
 * the coordinators are told.
 */
export const OFFER_AFTER_HOURS = 48;
/** Hours the angels of the question's area have it to themselves: half a working day and a night. */
export const OFFER_OTHERS_AFTER_HOURS = 12;
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
  /** `widenedAt`: when every angel of the sportello was told (null while only its area's know). */
  offer: { state: TOfferState; offeredAt: Date; takenUntil: Date | null; escalatedAt: Date | null; widenedAt: Date | null } | null;
}

/** What the periodic job should do now with one question (at most one step per run). */
export type TUnansweredStep = 'none' | 'offer' | 'answered' | 'release' | 'widen' | 'escalate';

/**
 * The next step for a question at `now`: offer it, mark its offer answered, give a lapsed
 * hold back to the others, tell the other angels, tell the coordinators, or nothing.
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
  // A running hold is someone's answer on its way: the others are told only if it lapses.
  if (offer.state !== 'taken' && !offer.widenedAt && hoursBetween(offer.offeredAt, now) >= OFFER_OTHERS_AFTER_HOURS) return 'widen';
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

export interface TOfferStages {
  /** Told at 48 hours. */
  first: { userId: string; isAreaMatch: boolean }[];
  /** Told 12 hours later if nobody took it; empty when the first stage already is everyone. */
  later: { userId: string; isAreaMatch: boolean }[];
}

/**
 * Who is told when: the angels of the question's area first and the others later; when no
 * angel covers the area, everyone at once (waiting would only delay the same people).
 *
 * @example offerStages([{ userId: 'a', areas: ['green'] }, { userId: 'b', areas: ['marketing'] }], 'marketing'); // first: b; later: a
 */
export function offerStages(angels: ReadonlyArray<{ userId: string; areas: readonly string[] }>, area: string): TOfferStages {
  const ordered = orderOfferRecipients(angels, area);
  const first = ordered.filter((a) => a.isAreaMatch);
  if (first.length === 0) return { first: ordered, later: [] };
  return { first, later: ordered.filter((a) => !a.isAreaMatch) };
}

/**
 * Who hears that a lapsed hold made the question free again: those already offered it (the
 * area's angels, or everyone once widened), not the angel who let it lapse.
 *
 * @example freeAgainRecipients(angels, 'marketing', { isWidened: false, lapsedUserId: 'b' });
 */
export function freeAgainRecipients(
  angels: ReadonlyArray<{ userId: string; areas: readonly string[] }>,
  area: string,
  o: { isWidened: boolean; lapsedUserId: string | null },
): { userId: string; isAreaMatch: boolean }[] {
  const stages = offerStages(angels, area);
  const told = o.isWidened ? [...stages.first, ...stages.later] : stages.first;
  return told.filter((a) => a.userId !== o.lapsedUserId);
}

function isOpen(state: TOfferState): boolean {
  return state === 'offered' || state === 'taken' || state === 'escalated';
}

function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

import { describe, expect, it } from 'vitest';
import { canTakeOffer, freeAgainRecipients, holdUntil, nextUnansweredStep, offerStages, orderOfferRecipients, type TUnansweredQuestion, waitingHours } from './unanswered.js';

const asked = new Date('2026-11-20T10:00:00Z');
const at = (hours: number) => new Date(asked.getTime() + hours * 3_600_000);
const question = (over: Partial<TUnansweredQuestion> = {}): TUnansweredQuestion => ({ kind: 'question', createdAt: asked, firstReplyAt: null, sportelloId: 's1', isHidden: false, offer: null, ...over });

describe('the next step for an unanswered question', () => {
  it('offers a question unanswered for 48 hours, not a minute before', () => {
    expect(nextUnansweredStep(question(), at(47.99))).toBe('none');
    expect(nextUnansweredStep(question(), at(48))).toBe('offer');
  });

  it('never offers a story, a hidden question, an answered one, or one with no sportello', () => {
    expect(nextUnansweredStep(question({ kind: 'story' }), at(100))).toBe('none');
    expect(nextUnansweredStep(question({ isHidden: true }), at(100))).toBe('none');
    expect(nextUnansweredStep(question({ firstReplyAt: at(3) }), at(100))).toBe('none');
    expect(nextUnansweredStep(question({ sportelloId: null }), at(100))).toBe('none');
  });

  it('gives a lapsed hold back to the others, and keeps a running one', () => {
    const taken = (until: Date) => question({ offer: { state: 'taken', offeredAt: at(48), takenUntil: until, escalatedAt: null, widenedAt: null } });
    expect(nextUnansweredStep(taken(at(74)), at(73))).toBe('none');
    expect(nextUnansweredStep(taken(at(74)), at(74))).toBe('release');
  });

  it('tells the coordinators 48 hours after the offer, once', () => {
    const offered = question({ offer: { state: 'offered', offeredAt: at(48), takenUntil: null, escalatedAt: null, widenedAt: at(60) } });
    expect(nextUnansweredStep(offered, at(95))).toBe('none');
    expect(nextUnansweredStep(offered, at(96))).toBe('escalate');
    expect(nextUnansweredStep(question({ offer: { state: 'escalated', offeredAt: at(48), takenUntil: null, escalatedAt: at(96), widenedAt: at(60) } }), at(200))).toBe('none');
  });

  it('marks an open offer answered once someone replied', () => {
    expect(nextUnansweredStep(question({ firstReplyAt: at(60), offer: { state: 'taken', offeredAt: at(48), takenUntil: at(72), escalatedAt: null, widenedAt: null } }), at(61))).toBe('answered');
    expect(nextUnansweredStep(question({ firstReplyAt: at(60), offer: { state: 'answered', offeredAt: at(48), takenUntil: null, escalatedAt: null, widenedAt: null } }), at(61))).toBe('none');
  });
});

describe('telling the other angels', () => {
  const offer = (over: Partial<NonNullable<TUnansweredQuestion['offer']>> = {}) => question({ offer: { state: 'offered', offeredAt: at(48), takenUntil: null, escalatedAt: null, widenedAt: null, ...over } });

  it('tells the others 12 hours after the offer, once', () => {
    expect(nextUnansweredStep(offer(), at(59.99))).toBe('none');
    expect(nextUnansweredStep(offer(), at(60))).toBe('widen');
    expect(nextUnansweredStep(offer({ widenedAt: at(60) }), at(61))).toBe('none');
  });

  it('waits while an angel holds it, and widens once the hold lapsed and was given back', () => {
    expect(nextUnansweredStep(offer({ state: 'taken', takenUntil: at(74) }), at(70))).toBe('none');
    expect(nextUnansweredStep(offer({ state: 'taken', takenUntil: at(74) }), at(74))).toBe('release');
    expect(nextUnansweredStep(offer(), at(74))).toBe('widen');
  });

  it('never widens an answered question', () => {
    expect(nextUnansweredStep(question({ firstReplyAt: at(50), offer: { state: 'answered', offeredAt: at(48), takenUntil: null, escalatedAt: null, widenedAt: null } }), at(70))).toBe('none');
  });

  it('tells the coordinators first when both are due (one step per run)', () => {
    expect(nextUnansweredStep(offer(), at(96))).toBe('escalate');
    expect(nextUnansweredStep(offer({ escalatedAt: at(96), state: 'escalated' }), at(96))).toBe('widen');
  });
});

describe('who is told when', () => {
  const angels = [
    { userId: 'a', areas: ['green'] },
    { userId: 'b', areas: ['marketing'] },
    { userId: 'c', areas: ['marketing', 'finance'] },
  ];

  it('tells the area’s angels first and the others later', () => {
    expect(offerStages(angels, 'marketing')).toEqual({
      first: [
        { userId: 'b', isAreaMatch: true },
        { userId: 'c', isAreaMatch: true },
      ],
      later: [{ userId: 'a', isAreaMatch: false }],
    });
  });

  it('tells everyone at once when no angel covers the area', () => {
    expect(offerStages(angels, 'digital')).toEqual({
      first: [
        { userId: 'a', isAreaMatch: false },
        { userId: 'b', isAreaMatch: false },
        { userId: 'c', isAreaMatch: false },
      ],
      later: [],
    });
    expect(offerStages([], 'digital')).toEqual({ first: [], later: [] });
  });

  it('tells those already offered it that it is free again, not the angel who let it lapse', () => {
    expect(freeAgainRecipients(angels, 'marketing', { isWidened: false, lapsedUserId: 'b' }).map((a) => a.userId)).toEqual(['c']);
    expect(freeAgainRecipients(angels, 'marketing', { isWidened: true, lapsedUserId: 'b' }).map((a) => a.userId)).toEqual(['c', 'a']);
    expect(freeAgainRecipients(angels, 'digital', { isWidened: true, lapsedUserId: null }).map((a) => a.userId)).toEqual(['a', 'b', 'c']);
  });
});

describe('taking an offer', () => {
  const now = at(50);
  it('lets anyone take an open offer, the holder keep it, and others only once the hold lapsed', () => {
    expect(canTakeOffer({ state: 'offered', takenBy: null, takenUntil: null }, 'a', now)).toBe(true);
    expect(canTakeOffer({ state: 'taken', takenBy: 'a', takenUntil: at(60) }, 'a', now)).toBe(true);
    expect(canTakeOffer({ state: 'taken', takenBy: 'a', takenUntil: at(60) }, 'b', now)).toBe(false);
    expect(canTakeOffer({ state: 'taken', takenBy: 'a', takenUntil: at(49) }, 'b', now)).toBe(true);
    expect(canTakeOffer({ state: 'answered', takenBy: null, takenUntil: null }, 'a', now)).toBe(false);
  });

  it('holds for 24 hours and counts waiting in whole hours', () => {
    expect(holdUntil(now).toISOString()).toBe(at(74).toISOString());
    expect(waitingHours(asked, at(49.9))).toBe(49);
  });
});

describe('who is offered the question first', () => {
  it('puts the angels of the question’s area first, each once', () => {
    const order = orderOfferRecipients(
      [
        { userId: 'a', areas: ['green'] },
        { userId: 'b', areas: ['marketing', 'finance'] },
        { userId: 'c', areas: [] },
        { userId: 'b', areas: ['marketing'] },
      ],
      'marketing',
    );
    expect(order).toEqual([
      { userId: 'b', isAreaMatch: true },
      { userId: 'a', isAreaMatch: false },
      { userId: 'c', isAreaMatch: false },
    ]);
  });
});

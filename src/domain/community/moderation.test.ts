import { describe, expect, it } from 'vitest';
import {
  checkAccountDecision,
  checkPostDecision,
  checkReason,
  checkThreadDecision,
  isSilenced,
  reportThreshold,
  shouldAutoHide,
  silenceEnd,
  type TOpenReport,
} from './moderation.js';

const report = (who: string, over: Partial<TOpenReport> = {}): TOpenReport => ({ reporterUserId: who, reason: 'rude', isTrustedReporter: false, ...over });
const post = { isHidden: false, isPendingReview: false, isDeleted: false, openReports: 0 };
const thread = { isHidden: false, isLocked: false, area: 'marketing', slowModeSeconds: null };
const now = new Date('2026-03-01T10:00:00Z');

describe('the report threshold', () => {
  it('hides a post once three different people report it, not before', () => {
    expect(shouldAutoHide([report('a'), report('b')])).toBe(false);
    expect(shouldAutoHide([report('a'), report('b'), report('c')])).toBe(true);
  });

  it('counts one person once, whatever they send', () => {
    expect(shouldAutoHide([report('a'), report('a'), report('a')])).toBe(false);
  });

  it('needs two when an angel or a coordinator reports, or when it is personal data', () => {
    expect(reportThreshold([report('a', { isTrustedReporter: true })])).toBe(2);
    expect(shouldAutoHide([report('a', { isTrustedReporter: true }), report('b')])).toBe(true);
    expect(shouldAutoHide([report('a', { reason: 'personal_data' }), report('b')])).toBe(true);
  });

  it('never hides on one report alone', () => {
    expect(shouldAutoHide([report('a', { isTrustedReporter: true, reason: 'personal_data' })])).toBe(false);
    expect(shouldAutoHide([])).toBe(false);
  });
});

describe('a moderator’s reason', () => {
  it('is required, at least 3 and at most 500 characters once trimmed', () => {
    expect(checkReason(undefined)).toEqual({ field: 'reason', message: 'reason_required' });
    expect(checkReason('   ')).toEqual({ field: 'reason', message: 'reason_required' });
    expect(checkReason(' ok ')).toEqual({ field: 'reason', message: 'reason_too_short' });
    expect(checkReason('Spam')).toBeNull();
    expect(checkReason('x'.repeat(500))).toBeNull();
    expect(checkReason('x'.repeat(501))).toEqual({ field: 'reason', message: 'reason_too_long' });
  });
});

describe('which decision applies to a post', () => {
  it('hides a visible post, or confirms one hidden by reports, but not one a moderator hid', () => {
    expect(checkPostDecision({ action: 'hide' }, post)).toBeNull();
    expect(checkPostDecision({ action: 'hide' }, { ...post, isHidden: true, isPendingReview: true })).toBeNull();
    expect(checkPostDecision({ action: 'hide' }, { ...post, isHidden: true })).toEqual({ field: 'action', message: 'already_hidden' });
    expect(checkPostDecision({ action: 'hide' }, { ...post, isDeleted: true })).toEqual({ field: 'action', message: 'post_deleted' });
  });

  it('restores only a hidden post', () => {
    expect(checkPostDecision({ action: 'restore' }, { ...post, isHidden: true, isPendingReview: true })).toBeNull();
    expect(checkPostDecision({ action: 'restore' }, post)).toEqual({ field: 'action', message: 'not_hidden' });
  });

  it('dismisses open reports of a visible post; a post hidden by reports is restored instead', () => {
    expect(checkPostDecision({ action: 'dismiss_reports' }, { ...post, openReports: 1 })).toBeNull();
    expect(checkPostDecision({ action: 'dismiss_reports' }, post)).toEqual({ field: 'action', message: 'no_open_reports' });
    expect(checkPostDecision({ action: 'dismiss_reports' }, { ...post, isHidden: true, isPendingReview: true, openReports: 3 })).toEqual({ field: 'action', message: 'pending_review' });
  });
});

describe('which decision applies to a thread', () => {
  const areas = ['marketing', 'finance'];
  it('locks an open thread and unlocks a locked one', () => {
    expect(checkThreadDecision({ action: 'lock' }, thread, areas)).toBeNull();
    expect(checkThreadDecision({ action: 'lock' }, { ...thread, isLocked: true }, areas)).toEqual({ field: 'action', message: 'already_locked' });
    expect(checkThreadDecision({ action: 'unlock' }, thread, areas)).toEqual({ field: 'action', message: 'not_locked' });
  });

  it('hides and restores', () => {
    expect(checkThreadDecision({ action: 'hide' }, thread, areas)).toBeNull();
    expect(checkThreadDecision({ action: 'restore' }, thread, areas)).toEqual({ field: 'action', message: 'not_hidden' });
  });

  it('moves to another known area only', () => {
    expect(checkThreadDecision({ action: 'move', area: 'finance' }, thread, areas)).toBeNull();
    expect(checkThreadDecision({ action: 'move', area: 'marketing' }, thread, areas)).toEqual({ field: 'area', message: 'same_area' });
    expect(checkThreadDecision({ action: 'move', area: 'cooking' }, thread, areas)).toEqual({ field: 'area', message: 'unknown_area' });
  });

  it('sets slow mode between 30 seconds and a day, and turns it off', () => {
    expect(checkThreadDecision({ action: 'slow_mode', seconds: 60 }, thread, areas)).toBeNull();
    expect(checkThreadDecision({ action: 'slow_mode', seconds: 10 }, thread, areas)).toEqual({ field: 'seconds', message: 'too_small' });
    expect(checkThreadDecision({ action: 'slow_mode', seconds: 86_401 }, thread, areas)).toEqual({ field: 'seconds', message: 'too_large' });
    expect(checkThreadDecision({ action: 'slow_mode', seconds: 60 }, { ...thread, slowModeSeconds: 60 }, areas)).toEqual({ field: 'seconds', message: 'unchanged' });
    expect(checkThreadDecision({ action: 'slow_mode', seconds: null }, { ...thread, slowModeSeconds: 60 }, areas)).toBeNull();
    expect(checkThreadDecision({ action: 'slow_mode', seconds: null }, thread, areas)).toEqual({ field: 'seconds', message: 'not_slow' });
  });
});

describe('silencing an account', () => {
  it('lasts from one hour to 30 days', () => {
    expect(checkAccountDecision({ action: 'silence', hours: 24 }, { silencedUntil: null }, now)).toBeNull();
    expect(checkAccountDecision({ action: 'silence', hours: 720 }, { silencedUntil: null }, now)).toBeNull();
    expect(checkAccountDecision({ action: 'silence', hours: 721 }, { silencedUntil: null }, now)).toEqual({ field: 'hours', message: 'too_large' });
    expect(checkAccountDecision({ action: 'silence', hours: 0 }, { silencedUntil: null }, now)).toEqual({ field: 'hours', message: 'too_small' });
  });

  it('is lifted only while it runs, and ends on time', () => {
    const until = silenceEnd(now, 2);
    expect(until.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(isSilenced({ silencedUntil: until }, now)).toBe(true);
    expect(isSilenced({ silencedUntil: until }, new Date('2026-03-01T12:00:00Z'))).toBe(false);
    expect(checkAccountDecision({ action: 'unsilence' }, { silencedUntil: until }, now)).toBeNull();
    expect(checkAccountDecision({ action: 'unsilence' }, { silencedUntil: now }, now)).toEqual({ field: 'action', message: 'not_silenced' });
  });
});

import { describe, expect, it } from 'vitest';
import { checkPackage, logHours, remainingHours } from './hours.js';
import type { TEngagement } from './types.js';

const engagement: TEngagement = { hoursPackage: 10, hoursUsed: 8, approvedExtraHours: 0, fundingCallId: null };

describe('logHours', () => {
  it('adds hours within the package and leaves the given engagement as it was', () => {
    expect(logHours(engagement, 1.5, { isApprovedByCoordinator: false })).toEqual({ ok: true, engagement: { ...engagement, hoursUsed: 9.5 } });
    expect(engagement.hoursUsed).toBe(8);
  });

  it('allows filling the package exactly', () => {
    expect(logHours(engagement, 2, { isApprovedByCoordinator: false })).toMatchObject({ ok: true, engagement: { hoursUsed: 10 } });
  });

  it('refuses hours over the package plus approved extra, unless a coordinator approves', () => {
    expect(logHours(engagement, 2.25, { isApprovedByCoordinator: false })).toEqual({ ok: false, code: 'hours_exceed_package', remaining: 2 });
    const withExtra = { ...engagement, approvedExtraHours: 1 };
    expect(logHours(withExtra, 3, { isApprovedByCoordinator: false })).toMatchObject({ ok: true, engagement: { hoursUsed: 11 } });
  });

  it('records the approved overflow as extra hours, so used never exceeds package + extra', () => {
    const result = logHours(engagement, 4, { isApprovedByCoordinator: true });
    expect(result).toEqual({ ok: true, engagement: { ...engagement, hoursUsed: 12, approvedExtraHours: 2 } });
    if (result.ok) expect(remainingHours(result.engagement)).toBe(0);
  });

  it.each([0, -1, 0.1, 24.25, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s hours as out of range', (hours) => {
    expect(logHours(engagement, hours, { isApprovedByCoordinator: true })).toMatchObject({ ok: false, code: 'hours_out_of_range' });
  });

  it('keeps exact sums over many quarter hours', () => {
    let e: TEngagement = { hoursPackage: 100, hoursUsed: 0, approvedExtraHours: 0, fundingCallId: null };
    for (let i = 0; i < 40; i++) {
      const r = logHours(e, 0.25, { isApprovedByCoordinator: false });
      if (!r.ok) throw new Error('refused');
      e = r.engagement;
    }
    expect(e.hoursUsed).toBe(10);
  });
});

describe('remainingHours', () => {
  it('counts package plus approved extra minus used, never below zero', () => {
    expect(remainingHours({ hoursPackage: 20, hoursUsed: 18.5, approvedExtraHours: 2, fundingCallId: null })).toBe(3.5);
    expect(remainingHours({ hoursPackage: 5, hoursUsed: 6, approvedExtraHours: 0, fundingCallId: null })).toBe(0);
  });
});

describe('checkPackage', () => {
  const agreed: TEngagement = { hoursPackage: 20, hoursUsed: 18, approvedExtraHours: 0, fundingCallId: null };

  it('lets the angel agree the first package', () => {
    expect(checkPackage(null, 20, { isCoordinator: false })).toBeNull();
  });

  it('keeps changes of the hours to the coordinator, either way, so extra hours are never a way round', () => {
    expect(checkPackage(agreed, 30, { isCoordinator: false })).toBe('package_needs_coordinator');
    expect(checkPackage(agreed, 19, { isCoordinator: false })).toBe('package_needs_coordinator');
    expect(checkPackage(agreed, 30, { isCoordinator: true })).toBeNull();
  });

  it('lets anyone who may set it keep the same hours (to change the voucher only)', () => {
    expect(checkPackage(agreed, 20, { isCoordinator: false })).toBeNull();
  });

  it('refuses a package smaller than the hours already used, counting the approved extra', () => {
    expect(checkPackage(agreed, 17, { isCoordinator: true })).toBe('package_below_used');
    expect(checkPackage({ ...agreed, approvedExtraHours: 2, hoursUsed: 21 }, 19, { isCoordinator: true })).toBeNull();
  });
});

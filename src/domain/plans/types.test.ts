import { describe, expect, it } from 'vitest';
import { ZAction, ZEngagement, ZGoal, ZIndicatorReading, ZMeetingLogEntry, ZPlan } from './types.js';

const goal = {
  id: 'g1',
  planId: 'p1',
  title: 'Farti trovare su Google Maps',
  indicator: { name: 'Recensioni', unit: 'recensioni', baseline: 4, target: 14, current: 6, byDate: '2027-02-20' },
  status: 'active',
  version: 1,
};

describe('plan schemas', () => {
  it('accept a well-formed plan, goal, action, reading, engagement and meeting', () => {
    expect(ZPlan.safeParse({ id: 'p1', businessId: 'b1', version: 1 }).success).toBe(true);
    expect(ZGoal.safeParse(goal).success).toBe(true);
    expect(
      ZAction.safeParse({ id: 'a1', goalId: 'g1', title: 'Apri la scheda', owner: 'angel', dueDate: null, status: 'todo', linkedLessonId: null, linkedCallId: null, version: 1 }).success,
    ).toBe(true);
    expect(ZIndicatorReading.safeParse({ goalId: 'g1', value: 7, at: '2026-11-20T10:00:00+01:00' }).success).toBe(true);
    expect(ZEngagement.safeParse({ hoursPackage: 20, hoursUsed: 3.25, approvedExtraHours: 0, fundingCallId: 'bando-1' }).success).toBe(true);
    expect(
      ZMeetingLogEntry.safeParse({ date: '2026-11-20', mode: 'in_person', durationMinutes: 90, notes: '', decisions: 'Partiamo da Maps', nextSteps: ['Foto del negozio'], hours: 2 })
        .success,
    ).toBe(true);
  });

  it('refuse a unit outside the list, a date that does not exist and hours not in quarter hours', () => {
    expect(ZGoal.safeParse({ ...goal, indicator: { ...goal.indicator, unit: 'litri' } }).success).toBe(false);
    expect(ZGoal.safeParse({ ...goal, indicator: { ...goal.indicator, byDate: '2027-02-30' } }).success).toBe(false);
    expect(ZEngagement.safeParse({ hoursPackage: 20, hoursUsed: 0.3, approvedExtraHours: 0, fundingCallId: null }).success).toBe(false);
  });

  it('refuse unknown fields, so a typo does not pass silently', () => {
    expect(ZGoal.safeParse({ ...goal, titel: 'x' }).success).toBe(false);
  });
});

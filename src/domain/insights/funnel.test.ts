import { describe, expect, it } from 'vitest';
import { conversionOf, emptyFunnelRow, funnelSteps, groupFunnel, type TFunnelRow } from './funnel.js';

const row = (key: string | null, counts: number[], medianDays: (number | null)[] = [0, 1, 2, 3, 4]): TFunnelRow => ({ key, label: key, counts, reached: counts, medianDays });

describe('funnel steps', () => {
  it('computes conversion from the previous step and share of contacts', () => {
    const steps = funnelSteps(row(null, [100, 80, 40, 30, 15, 3], [0, 2.04, 6.96, 3, 120]));
    expect(steps.map((s) => s.step)).toEqual(['contact', 'ascolto', 'checkup', 'firstMeeting', 'plan', 'goalReached']);
    expect(steps[0]).toMatchObject({ count: 100, conversion: null, shareOfContacts: 1, medianDaysFromPrevious: null });
    expect(steps[2]).toMatchObject({ count: 40, conversion: 0.5, shareOfContacts: 0.4, medianDaysFromPrevious: 2 });
    expect(steps[5]).toMatchObject({ count: 3, conversion: 0.2, medianDaysFromPrevious: 120 });
  });
  it('has no conversion after an empty step and no median for an empty step', () => {
    const steps = funnelSteps(row(null, [5, 0, 0, 0, 0, 0], [null, null, null, null, null]));
    expect(steps[1]).toMatchObject({ conversion: 0, medianDaysFromPrevious: null });
    expect(steps[2]!.conversion).toBeNull();
    expect(funnelSteps(emptyFunnelRow())[0]!.shareOfContacts).toBeNull();
  });
  it('never reports reached below the strict count', () => {
    const steps = funnelSteps({ ...row(null, [10, 5, 3, 0, 0, 0]), reached: [10, 5, 2, 4, 0, 0] });
    expect(steps[2]!.reached).toBe(3);
    expect(steps[3]!.reached).toBe(4);
  });
  it('bounds conversions to 0–1', () => {
    expect(conversionOf(3, 2)).toBe(1);
    expect(conversionOf(1, 0)).toBeNull();
    expect(conversionOf(1, 4)).toBe(0.25);
  });
});

describe('grouping', () => {
  it('sorts by contacts, ties by key with "none" last, and caps the list', () => {
    const rows = [row('b', [5, 0, 0, 0, 0, 0]), row(null, [5, 0, 0, 0, 0, 0]), row('a', [5, 0, 0, 0, 0, 0]), row('c', [9, 1, 0, 0, 0, 0])];
    const all = groupFunnel(rows);
    expect(all.groups.map((g) => g.key)).toEqual(['c', 'a', 'b', null]);
    expect(all.groupsOmitted).toBe(0);
    const capped = groupFunnel(rows, 2);
    expect(capped.groups.map((g) => g.key)).toEqual(['c', 'a']);
    expect(capped.groupsOmitted).toBe(2);
  });
});

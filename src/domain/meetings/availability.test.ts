import { describe, expect, it } from 'vitest';
import { freeSlots, isFreeSlot, validateWeeklyRules, type TSlotOptions } from './availability.js';

const base = (over: Partial<TSlotOptions> = {}): TSlotOptions => ({
  rules: [{ weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 }],
  exceptions: [],
  busy: [],
  from: new Date('2026-11-23T00:00:00Z'),
  to: new Date('2026-11-30T00:00:00Z'),
  now: new Date('2026-11-20T00:00:00Z'),
  slotMinutes: 60,
  ...over,
});

describe('freeSlots', () => {
  it('cuts weekly windows into slots in Italian local time', () => {
    const slots = freeSlots(base());
    // Monday 23 November 2026, CET (UTC+1): 9:00, 10:00, 11:00 local.
    expect(slots.map((s) => s.start.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-23T09:00:00.000Z', '2026-11-23T10:00:00.000Z']);
  });

  it('keeps 10:00 local across the spring daylight-saving change', () => {
    const options = base({ rules: [{ weekday: 7, startMinute: 600, endMinute: 660 }, { weekday: 1, startMinute: 600, endMinute: 660 }], from: new Date('2026-03-28T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z'), now: new Date('2026-03-01T00:00:00Z') });
    expect(freeSlots(options).map((s) => s.start.toISOString())).toEqual([
      '2026-03-29T08:00:00.000Z', // Sunday 29 March, CEST already (change at 02:00)
      '2026-03-30T08:00:00.000Z',
    ]);
  });

  it('skips the hour that does not exist on the spring-forward night and keeps the autumn one', () => {
    const spring = base({ rules: [{ weekday: 7, startMinute: 120, endMinute: 240 }], from: new Date('2026-03-28T12:00:00Z'), to: new Date('2026-03-30T00:00:00Z'), now: new Date('2026-03-01T00:00:00Z') });
    // 02:00–03:00 does not exist on 29 March 2026; 03:00–04:00 does (01:00Z).
    expect(freeSlots(spring).map((s) => s.start.toISOString())).toEqual(['2026-03-29T01:00:00.000Z']);
    const autumn = base({ rules: [{ weekday: 7, startMinute: 60, endMinute: 240 }], from: new Date('2026-10-24T12:00:00Z'), to: new Date('2026-10-26T00:00:00Z'), now: new Date('2026-10-01T00:00:00Z') });
    // 25 October 2026: 01:00 CEST = 23:00Z, 02:00 (first, CEST) = 00:00Z, 03:00 CET = 02:00Z; slots never overlap.
    const starts = freeSlots(autumn).map((s) => s.start.toISOString());
    expect(starts[0]).toBe('2026-10-24T23:00:00.000Z');
    expect(starts.at(-1)).toBe('2026-10-25T02:00:00.000Z');
  });

  it('applies days off, windows off and extra windows', () => {
    const options = base({
      exceptions: [
        { day: '2026-11-23', kind: 'unavailable', startMinute: 600, endMinute: 660 },
        { day: '2026-11-24', kind: 'extra', startMinute: 900, endMinute: 960 },
      ],
    });
    expect(freeSlots(options).map((s) => s.start.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-23T10:00:00.000Z', '2026-11-24T14:00:00.000Z']);
    const dayOff = base({ exceptions: [{ day: '2026-11-23', kind: 'unavailable', startMinute: null, endMinute: null }] });
    expect(freeSlots(dayOff)).toEqual([]);
  });

  it('leaves out booked slots, the past and short notice', () => {
    const busy = [{ start: new Date('2026-11-23T09:30:00Z'), end: new Date('2026-11-23T10:15:00Z') }];
    expect(freeSlots(base({ busy })).map((s) => s.start.toISOString())).toEqual(['2026-11-23T08:00:00.000Z']);
    const late = base({ now: new Date('2026-11-22T23:00:00Z'), minNoticeHours: 10 });
    expect(freeSlots(late).map((s) => s.start.toISOString())).toEqual(['2026-11-23T09:00:00.000Z', '2026-11-23T10:00:00.000Z']);
  });

  it('with a limit, gives the same first slots as the whole window, in order', () => {
    // Windows listed out of order within a day, and a booking: the limit must not change which come first.
    const options = base({
      rules: [{ weekday: 2, startMinute: 15 * 60, endMinute: 17 * 60 }, { weekday: 2, startMinute: 9 * 60, endMinute: 10 * 60 }, { weekday: 4, startMinute: 9 * 60, endMinute: 12 * 60 }],
      busy: [{ start: new Date('2026-11-24T08:00:00Z'), end: new Date('2026-11-24T09:00:00Z') }],
      to: new Date('2026-12-31T00:00:00Z'),
    });
    const all = freeSlots(options);
    expect(all.length).toBeGreaterThan(20);
    for (const limit of [1, 2, 3, 5]) expect(freeSlots({ ...options, limit })).toEqual(all.slice(0, limit));
  });

  it('with a limit, stops after the first day that reaches it', () => {
    const options = base({ rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 })), to: new Date('2027-11-23T00:00:00Z') });
    // A year of windows is hundreds of slots; three are on the first day.
    expect(freeSlots({ ...options, limit: 3 }).map((s) => s.start.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-23T09:00:00.000Z', '2026-11-23T10:00:00.000Z']);
    expect(freeSlots({ ...options, limit: 4 })).toHaveLength(4);
  });

  it('accepts only slots on the grid', () => {
    expect(isFreeSlot(base(), new Date('2026-11-23T09:00:00Z'), new Date('2026-11-23T10:00:00Z'))).toBe(true);
    expect(isFreeSlot(base(), new Date('2026-11-23T09:30:00Z'), new Date('2026-11-23T10:30:00Z'))).toBe(false);
    expect(isFreeSlot(base(), new Date('2026-11-23T07:00:00Z'), new Date('2026-11-23T08:00:00Z'))).toBe(false);
  });
});

describe('validateWeeklyRules', () => {
  it('refuses bad days, inverted hours and overlaps', () => {
    expect(
      validateWeeklyRules([
        { weekday: 1, startMinute: 540, endMinute: 720 },
        { weekday: 8, startMinute: 540, endMinute: 720 },
        { weekday: 2, startMinute: 720, endMinute: 540 },
        { weekday: 1, startMinute: 700, endMinute: 800 },
      ]),
    ).toEqual([
      { index: 1, code: 'bad_weekday' },
      { index: 2, code: 'bad_minutes' },
      { index: 3, code: 'overlap' },
    ]);
  });
});

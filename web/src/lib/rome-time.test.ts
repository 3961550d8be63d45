import { describe, expect, it } from 'vitest';
import { formatRomeTime, minutesToTime, romeDayKey, timeToMinutes } from './rome-time';

describe('rome-time', () => {
  it('reads times in Italian time, summer and winter', () => {
    expect(formatRomeTime('2026-07-01T07:00:00Z', 'it')).toBe('09:00');
    expect(formatRomeTime('2026-12-01T08:00:00Z', 'it')).toBe('09:00');
  });

  it('groups by the day in Rome, not in UTC', () => {
    expect(romeDayKey('2026-03-01T23:30:00Z')).toBe('2026-03-02');
  });

  it('turns minutes into time-input text and back', () => {
    expect(minutesToTime(570)).toBe('09:30');
    expect(minutesToTime(1440)).toBe('24:00');
    expect(timeToMinutes('09:30')).toBe(570);
    expect(timeToMinutes('24:00')).toBe(1440);
    expect(timeToMinutes('24:30')).toBeNull();
    expect(timeToMinutes('')).toBeNull();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { dayWords } from '../features/plans/api/words';
import { formatDate, formatDateTime } from './format';

// A device far from Italy: Node follows TZ as soon as it changes (the web's types know no Node).
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
const before = env.TZ;
env.TZ = 'America/New_York';
afterAll(() => {
  env.TZ = before;
});

describe("dates in Italy's time on a device in New York", () => {
  it('write a date and time as the clock in Rome shows it, summer and winter', () => {
    expect(new Date('2026-07-01T13:30:00Z').getHours()).toBe(9);
    expect(formatDateTime('2026-07-01T13:30:00Z', 'it')).toBe('1 lug 2026, 15:30');
    expect(formatDateTime('2026-12-01T14:30:00Z', 'it')).toBe('1 dic 2026, 15:30');
    expect(formatDateTime('2026-12-01T14:30:00Z', 'en')).toBe('1 Dec 2026, 15:30');
  });

  it("write the day an instant falls on in Rome, which can be New York's tomorrow", () => {
    expect(formatDate('2026-03-02T04:30:00Z', 'it')).toBe('2 mar 2026');
    expect(formatDate('2026-03-01T23:30:00Z', 'it')).toBe('2 mar 2026');
    expect(dayWords('2026-03-01T23:30:00Z', 'it')).toBe('2 mar 2026');
    expect(dayWords('2026-03-01', 'it')).toBe('1 mar 2026');
  });
});

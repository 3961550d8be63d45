import { describe, expect, it } from 'vitest';
import { checkDates } from './eligibility-dates.js';

describe('checkDates', () => {
  const dated = { opensDay: '2025-01-01', closesDay: '2025-12-31', closing: 'date' as const };

  it('counts the opening and closing days as open', () => {
    expect(checkDates(dated, '2025-01-01').status).toBe('open');
    expect(checkDates(dated, '2025-12-31').status).toBe('open');
    expect(checkDates(dated, '2026-01-01').status).toBe('closed');
    expect(checkDates(dated, '2024-12-31').status).toBe('upcoming');
  });

  it('never reads no closing date as open forever', () => {
    expect(checkDates({ opensDay: '2024-01-01', closesDay: null, closing: 'unknown' }, '2025-07-12')).toEqual({ status: 'unknown', outcome: { ok: null, reason: { code: 'dates.unknown' } } });
    expect(checkDates({ opensDay: null, closesDay: null, closing: 'rolling' }, '2025-07-12').status).toBe('open');
    expect(checkDates({ opensDay: '2026-01-01', closesDay: null, closing: 'rolling' }, '2025-07-12').status).toBe('upcoming');
  });
});

import { describe, expect, it } from 'vitest';
import { callDeadline } from './plan-export.js';

describe('a linked call on the printed plan', () => {
  it('says until when it is open, in Italian or English', () => {
    expect(callDeadline({ closing: 'date', closesDay: '2027-03-15', status: 'open' }, 'it')).toBe('chiude il 15 marzo 2027');
    expect(callDeadline({ closing: 'date', closesDay: '2027-03-15', status: 'open' }, 'en')).toBe('closes on 15 March 2027');
    expect(callDeadline({ closing: 'date', closesDay: '2025-07-31', status: 'closed' }, 'it')).toBe('chiuso il 31 luglio 2025');
    expect(callDeadline({ closing: 'rolling', closesDay: null, status: 'rolling' }, 'it')).toBe('a sportello');
    expect(callDeadline({ closing: 'unknown', closesDay: null, status: 'unknown' }, 'it')).toBe('data di chiusura da verificare');
  });
});

import { describe, expect, it } from 'vitest';
import { businessNameKey, likelyDuplicates, phoneKey, type TRequestContact } from './duplicates.js';

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const request = (id: string, day: string, contact: Partial<TRequestContact> = {}): TRequestContact => ({ id, createdAt: at(day), contactEmail: null, contactPhone: null, businessName: null, ...contact });

describe('keys people write in many ways', () => {
  it('reads one phone number however it is written', () => {
    expect(['+39 333 123 4567', '0039 3331234567', '333.123.4567', '39 333 1234567'].map(phoneKey)).toEqual(Array(4).fill('3331234567'));
    expect(phoneKey('12')).toBeNull();
  });
  it('reads one business name without accents, case, punctuation or legal form', () => {
    expect(businessNameKey('Forno Rossi S.r.l.')).toBe('forno rossi');
    expect(businessNameKey('forno rossi srl')).toBe('forno rossi');
    expect(businessNameKey('Caffè dell’Àngolo')).toBe('caffe dell angolo');
    expect(businessNameKey('Bar')).toBeNull();
  });
});

describe('likely duplicates', () => {
  it('pairs a later request with the earlier one it repeats, naming why', () => {
    const pairs = likelyDuplicates([
      request('r1', '2026-11-02', { contactPhone: '+39 333 123 4567', businessName: 'Forno Rossi S.r.l.' }),
      request('r2', '2026-11-05', { contactEmail: 'anna@example.it' }),
      request('r3', '2026-11-20', { contactPhone: '3331234567', businessName: 'forno rossi' }),
      request('r4', '2026-11-21', { contactEmail: 'Anna@Example.it ' }),
    ]);
    expect(pairs).toEqual([
      { keepId: 'r1', mergeId: 'r3', reasons: ['phone', 'business_name'] },
      { keepId: 'r2', mergeId: 'r4', reasons: ['email'] },
    ]);
  });
  it('does not pair requests more than 30 days apart, or with nothing in common', () => {
    expect(likelyDuplicates([request('a', '2026-10-01', { contactEmail: 'x@y.it' }), request('b', '2026-11-05', { contactEmail: 'x@y.it' })])).toEqual([]);
    expect(likelyDuplicates([request('a', '2026-11-01'), request('b', '2026-11-02')])).toEqual([]);
  });
});

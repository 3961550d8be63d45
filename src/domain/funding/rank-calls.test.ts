import { describe, expect, it } from 'vitest';
import type { TEligibilityResult } from './check-eligibility.js';
import { closesSoon, rankCallsForBusiness } from './rank-calls.js';
import type { TCall, TVerdict } from './types.js';

function check(id: string, verdict: TVerdict, areas: TCall['areas'], closesDay: string | null, closing: TCall['closing'] = closesDay ? 'date' : 'rolling') {
  return {
    call: { id, title: `Bando ${id}`, areas, closesDay, closing } as TCall,
    eligibility: { verdict, status: 'open', missing: [], reasons: [] } as TEligibilityResult,
  };
}

describe('rankCallsForBusiness', () => {
  it('puts eligible first, then to verify, then not eligible', () => {
    const ranked = rankCallsForBusiness([check('a', 'not_eligible', ['finance'], null), check('b', 'to_verify', ['finance'], null), check('c', 'eligible', ['finance'], null)], { needs: [], today: '2025-07-12' });
    expect(ranked.map((r) => r.call.id)).toEqual(['c', 'b', 'a']);
  });

  it('orders by fit to the needs, then by the nearest deadline, rolling last', () => {
    const ranked = rankCallsForBusiness(
      [
        check('rolling', 'eligible', ['finance', 'ecommerce'], null),
        check('late', 'eligible', ['finance', 'ecommerce'], '2025-12-31'),
        check('soon', 'eligible', ['finance', 'ecommerce'], '2025-07-20'),
        check('other-need', 'eligible', ['finance', 'green'], '2025-07-13'),
      ],
      { needs: ['ecommerce', 'finance'], today: '2025-07-12' },
    );
    expect(ranked.map((r) => [r.call.id, r.fit, r.closesSoon])).toEqual([
      ['soon', 2, true],
      ['late', 2, false],
      ['rolling', 2, false],
      ['other-need', 1, true],
    ]);
  });
});

describe('closesSoon', () => {
  it('marks a closing within 14 days, the closing day counted', () => {
    expect(closesSoon({ closing: 'date', closesDay: '2025-07-26' }, '2025-07-12')).toBe(true);
    expect(closesSoon({ closing: 'date', closesDay: '2025-07-27' }, '2025-07-12')).toBe(false);
    expect(closesSoon({ closing: 'date', closesDay: '2025-07-12' }, '2025-07-12')).toBe(true);
    expect(closesSoon({ closing: 'date', closesDay: '2025-07-11' }, '2025-07-12')).toBe(false);
    expect(closesSoon({ closing: 'rolling', closesDay: null }, '2025-07-12')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSize } from './eligibility-size.js';
import type { TCall } from './types.js';

const call = (sizes: TCall['sizes']) => ({ sizes }) as TCall;
const micro = { employees: 3, annualTurnoverEur: 200_000 };

describe('checkSize', () => {
  it('passes a class the call admits, refuses one it does not', () => {
    expect(checkSize(micro, call(['micro', 'small'])).ok).toBe(true);
    expect(checkSize({ employees: 120, annualTurnoverEur: 30_000_000 }, call(['micro', 'small']))).toEqual({ ok: false, reason: { code: 'size.not_allowed', classes: ['medium'], allowed: ['micro', 'small'] } });
  });

  it('asks a micro business facing a call for small and medium ones', () => {
    expect(checkSize(micro, call(['small', 'medium'])).reason.code).toBe('size.micro_as_pmi');
    expect(checkSize(micro, call(['medium'])).ok).toBe(false);
  });

  it('passes when every class the facts allow fits, asks otherwise', () => {
    expect(checkSize({ employees: 5, annualTurnoverEur: 3_000_000 }, call(['micro', 'small', 'medium'])).ok).toBe(true);
    expect(checkSize({ employees: 5, annualTurnoverEur: 3_000_000 }, call(['micro']))).toEqual({ ok: null, reason: { code: 'size.missing', facts: ['balanceSheetEur'] } });
  });
});

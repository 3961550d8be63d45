import { describe, expect, it } from 'vitest';
import { readAmount } from './normalize-amounts.js';

describe('readAmount', () => {
  it('reads whole and decimal amounts', () => {
    expect(readAmount('47480')).toEqual({ ok: true, value: 47480 });
    expect(readAmount('47479.88')).toEqual({ ok: true, value: 47479.88 });
    expect(readAmount('47479,88')).toEqual({ ok: true, value: 47479.88 });
  });

  it('reads "0" and absence as not stated', () => {
    expect(readAmount('0')).toEqual({ ok: true, value: null });
    expect(readAmount(undefined)).toEqual({ ok: true, value: null });
  });

  it('refuses what is not an amount, negative ones included', () => {
    expect(readAmount('-5').ok).toBe(false);
    expect(readAmount('diecimila').ok).toBe(false);
  });
});

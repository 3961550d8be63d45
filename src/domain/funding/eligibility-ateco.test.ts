import { describe, expect, it } from 'vitest';
import { checkAteco } from './eligibility-ateco.js';

describe('checkAteco', () => {
  it('matches by prefix at every level', () => {
    for (const prefix of ['56', '56.1', '56.10', '56.10.11']) expect(checkAteco({ atecoCode: '56.10.11' }, { ateco: [prefix] }).ok).toBe(true);
    expect(checkAteco({ atecoCode: '56.10.11' }, { ateco: ['55.10', '56.30'] }).ok).toBe(false);
  });

  it('asks for the code when missing, and to verify a miss on a list with codes ATECO 2025 no longer has', () => {
    expect(checkAteco({}, { ateco: ['55.10'] })).toEqual({ ok: null, reason: { code: 'ateco.missing' } });
    expect(checkAteco({ atecoCode: '47.81.00' }, { ateco: ['45.11', '45.19'] })).toEqual({ ok: null, reason: { code: 'ateco.old_codes', atecoCode: '47.81.00' } });
  });
});

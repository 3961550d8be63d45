import { describe, expect, it } from 'vitest';
import { ownCallProblemText } from '../../shared/funding-messages.js';
import { readOwnCall, readOwnCallsFile } from './own-call.js';

const voucher = {
  id: 'cciaa-lecce-voucher-digitale-2026',
  title: 'Voucher digitale 2026 della Camera di commercio di Lecce',
  description: 'Un contributo per il sito, il negozio online e i programmi di gestione.',
  link: 'https://bandi.example.org/voucher-digitale-2026',
  opensOn: '2026-01-15',
  closesOn: '2026-03-31',
  regions: ['16'],
  comuni: ['075035'],
  sizes: ['micro', 'small'],
  ateco: ['56.10', '47'],
  kinds: ['grant'],
  areas: ['ecommerce', 'data_tools'],
  amounts: { spendingMin: 3000, spendingMax: 20000, grantMin: null, grantMax: 10000 },
  grantingBody: 'Camera di commercio di Lecce',
};

describe('readOwnCall', () => {
  it('turns a valid call into a TCall', () => {
    const read = readOwnCall(voucher);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.call).toMatchObject({
      id: 'cciaa-lecce-voucher-digitale-2026',
      source: 'sportello',
      opensOn: '2026-01-14T23:00:00.000Z',
      opensDay: '2026-01-15',
      closesDay: '2026-03-31',
      closing: 'date',
      national: false,
      regions: ['16'],
      comuni: { istat: ['075035'], unmatched: [] },
      sizes: ['micro', 'small'],
      ateco: ['56.10', '47'],
      amounts: { spendingMin: 3000, spendingMax: 20000, grantMin: null, grantMax: 10000 },
    });
  });

  it('reads "national" as all 20 regions, and no closing date as unknown unless said rolling', () => {
    const read = readOwnCall({ ...voucher, regions: 'national', comuni: undefined, closesOn: null });
    expect(read.ok && read.call).toMatchObject({ national: true, closing: 'unknown', comuni: 'all' });
    expect(read.ok && read.call.regions).toHaveLength(20);
    const rolling = readOwnCall({ ...voucher, closesOn: null, closing: 'rolling' });
    expect(rolling.ok && rolling.call.closing).toBe('rolling');
  });

  it('refuses a closing date before the opening, naming the field', () => {
    const read = readOwnCall({ ...voucher, opensOn: '2026-03-31', closesOn: '2026-01-15' });
    expect(read).toEqual({ ok: false, problems: [{ field: 'closesOn', code: 'closes_before_opens' }] });
    if (!read.ok) {
      expect(ownCallProblemText(read.problems[0]!, 'it')).toBe('La data di chiusura viene prima della data di apertura.');
      expect(ownCallProblemText(read.problems[0]!, 'en')).toBe('The closing date comes before the opening date.');
    }
  });

  it('refuses negative and inverted amounts', () => {
    const read = readOwnCall({ ...voucher, amounts: { spendingMin: -100, spendingMax: 2000, grantMin: 8000, grantMax: 5000 } });
    expect(read).toEqual({
      ok: false,
      problems: [
        { field: 'amounts.spendingMin', code: 'negative_amount' },
        { field: 'amounts.grantMin', code: 'min_above_max' },
      ],
    });
    if (!read.ok) {
      expect(ownCallProblemText(read.problems[0]!, 'it')).toBe('La spesa minima: un importo non può essere negativo.');
      expect(ownCallProblemText(read.problems[1]!, 'it')).toBe('L’aiuto minimo è più alto del massimo.');
      expect(ownCallProblemText(read.problems[1]!, 'en')).toBe('The minimum help is above the maximum.');
    }
  });

  it('refuses a call without a purpose or a kind', () => {
    const read = readOwnCall({ ...voucher, areas: [], kinds: [] });
    expect(read).toEqual({ ok: false, problems: [{ field: 'kinds', code: 'no_kind' }, { field: 'areas', code: 'no_purpose' }] });
  });

  it('refuses an ATECO code whose division does not exist (45 left ATECO 2025) and an unknown region', () => {
    const read = readOwnCall({ ...voucher, ateco: ['56.10', '45.11', 'bar'], regions: ['16', '21'] });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { field: 'regions.1', code: 'unknown_region', value: '21' },
      { field: 'ateco.1', code: 'unknown_ateco', value: '45.11' },
      { field: 'ateco.2', code: 'unknown_ateco', value: 'bar' },
    ]);
    expect(ownCallProblemText(read.problems[1]!, 'it')).toBe('Il codice ATECO 45.11 non esiste (divisioni ATECO 2025).');
  });

  it('names missing and wrong fields of the shape', () => {
    const { title: _, ...withoutTitle } = voucher;
    const read = readOwnCall({ ...withoutTitle, opensOn: '15/01/2026', sizes: ['tiny'] });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'required' },
        { field: 'opensOn', code: 'invalid' },
        { field: 'sizes', code: 'invalid' },
      ]),
    );
    expect(ownCallProblemText({ field: 'title', code: 'required' }, 'it')).toBe('Manca il titolo.');
  });

  it('checks a curated rule’s source link', () => {
    const read = readOwnCall({ ...voucher, rules: [{ fact: 'minYearsInBusiness', value: 2, sourceUrl: 'non un link' }] });
    expect(read.ok === false && read.problems[0]?.field).toBe('rules.0.sourceUrl');
  });
});

describe('readOwnCallsFile', () => {
  it('reads every call, and refuses the file for one bad call or a repeated id', () => {
    expect(readOwnCallsFile({ calls: [voucher] }).ok).toBe(true);
    expect(readOwnCallsFile({ calls: [voucher, { ...voucher, closesOn: '2025-01-01' }] })).toEqual({ ok: false, problems: [{ field: 'calls.1.closesOn', code: 'closes_before_opens' }] });
    expect(readOwnCallsFile({ calls: [voucher, voucher] })).toEqual({ ok: false, problems: [{ field: 'calls.1.id', code: 'duplicate_id', value: voucher.id }] });
    expect(readOwnCallsFile([voucher])).toEqual({ ok: false, problems: [{ field: 'calls', code: 'required' }] });
  });
});

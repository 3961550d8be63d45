import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import it_ from '../../../i18n/it.json';
import { deadlineWords, longDay } from './plan-calls';

beforeAll(async () => {
  await i18next.init({ lng: 'it', fallbackLng: 'it', resources: { it: { translation: it_ }, en: { translation: en } } });
});

describe('a linked call’s deadline in words', () => {
  it('says the closing day with the month in full, in the reader’s language', () => {
    expect(longDay('2027-03-15', 'it')).toBe('15 marzo 2027');
    expect(longDay('2027-03-15', 'en')).toBe('15 March 2027');
    const t = i18next.getFixedT('it');
    expect(deadlineWords(t, 'it', { closing: 'date', closesDay: '2027-03-15', status: 'open' })).toBe('Chiude il 15 marzo 2027');
    expect(deadlineWords(i18next.getFixedT('en'), 'en', { closing: 'date', closesDay: '2027-03-15', status: 'open' })).toBe('Closes on 15 March 2027');
  });

  it('says when a call has closed, or that there is no date to read', () => {
    const t = i18next.getFixedT('it');
    expect(deadlineWords(t, 'it', { closing: 'date', closesDay: '2025-07-31', status: 'closed' })).toBe('Chiuso il 31 luglio 2025');
    expect(deadlineWords(t, 'it', { closing: 'rolling', closesDay: null, status: 'rolling' })).toBe('A sportello: nessuna data di chiusura');
    expect(deadlineWords(t, 'it', { closing: 'unknown', closesDay: null, status: 'unknown' })).toBe('Data di chiusura da verificare');
  });
});

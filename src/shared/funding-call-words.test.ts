import { describe, expect, it } from 'vitest';
import { amountWords, datesWords, euro, kindWords, ruleWords, sectorWords, sizesWords, splitDescription, subjectWords, territoryWords } from './funding-call-words.js';

describe('a call in plain words', () => {
  it('splits the portal description on its own three headings, and keeps a text without them whole', () => {
    expect(splitDescription("Cos'è Un aiuto.\u00a0 A chi si rivolge Piccole e medie imprese.\u00a0 Cosa prevede Un contributo.")).toEqual({ what: 'Un aiuto.', who: 'Piccole e medie imprese.', offers: 'Un contributo.' });
    expect(splitDescription('Un voucher per il sito.')).toEqual({ what: 'Un voucher per il sito.', who: null, offers: null });
  });

  it('says sizes, places and sectors', () => {
    expect(sizesWords(['medium', 'micro', 'small'], 'it')).toBe('Micro, piccole e medie imprese.');
    expect(sizesWords('all', 'en')).toBe('Businesses of any size.');
    expect(territoryWords({ national: true, regions: [], abroad: false, comuni: null }, 'it')).toEqual(['In tutta Italia.']);
    expect(territoryWords({ national: false, regions: ['Puglia'], abroad: false, comuni: ['Altamura', 'Bari'] }, 'it')).toEqual(['Solo per imprese in Puglia.', 'Solo in alcuni comuni: Altamura e Bari.']);
    const names = (d: string) => (d === '56' ? 'Bar e ristoranti' : null);
    expect(sectorWords(['56.10', '56.30', '45.20'], null, names, 'it')).toEqual(['Bar e ristoranti (ATECO 56.10, 56.30)', 'ATECO 45.20']);
    expect(sectorWords('all', null, names, 'it')).toEqual(['Tutti i settori.']);
    expect(sectorWords(['56.10'], '2007', names, 'it')).toEqual(['Bar e ristoranti (ATECO 56.10)', 'Sono codici ATECO 2007: il tuo codice di oggi può essere diverso.']);
    expect(sectorWords(['56.10'], '2025', names, 'it')).toEqual(['Bar e ristoranti (ATECO 56.10)']);
    expect(subjectWords(['Impresa', 'Qualcosa di nuovo'], 'it')).toEqual(['Imprese', 'Qualcosa di nuovo']);
  });

  it('says amounts, with "Non indicato" for 0 or nothing', () => {
    expect(euro(47479.88, 'it')).toBe('47.480 €');
    expect(euro(1500000, 'en')).toBe('€1,500,000');
    expect(amountWords(0, 0, 'it')).toBe('Non indicato');
    expect(amountWords(null, null, 'en')).toBe('Not stated');
    expect(amountWords(0, 50000, 'it')).toBe('Fino a 50.000 €');
    expect(amountWords(1000, 50000, 'it')).toBe('Da 1.000 € a 50.000 €');
    expect(kindWords('grant', 'it')).toMatch(/^Contributo a fondo perduto/);
  });

  it('says until when, and the rolling and undated cases', () => {
    expect(datesWords({ opensDay: '2025-01-01', closesDay: '2025-12-31', closing: 'date' }, 'it')).toEqual({ opens: 'Apre il 1° gennaio 2025.', closes: 'Chiude il 31 dicembre 2025.' });
    expect(datesWords({ opensDay: null, closesDay: null, closing: 'rolling' }, 'it').closes).toMatch(/^A sportello/);
    expect(datesWords({ opensDay: null, closesDay: null, closing: 'unknown' }, 'it').closes).toMatch(/^Da verificare/);
    expect(ruleWords({ fact: 'minYearsInBusiness', value: 2 }, 'it')).toBe('L’impresa deve avere almeno 2 anni di attività.');
    expect(ruleWords({ fact: 'legalForms', value: ['srl', 'cooperativa'] }, 'en')).toBe('Only for these legal forms: srl and cooperative.');
  });
});

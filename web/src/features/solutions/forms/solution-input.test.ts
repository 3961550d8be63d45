import { describe, expect, it } from 'vitest';
import { draftOf, draftProblems, emptyPart, inputOf, numberOf, slugOf } from './solution-input';

const NAN = 'Scrivi un numero.';

describe('the solution form as typed', () => {
  it('reads numbers with a comma or a dot; anything else is refused', () => {
    expect(numberOf('1,95')).toBe(1.95);
    expect(numberOf(' 12 ')).toBe(12);
    expect(numberOf('')).toBeNull();
    expect(numberOf('dieci')).toBeNaN();
  });

  it('makes an address part from a name', () => {
    expect(slugOf('Cassa in cloud, più facile!')).toBe('cassa-in-cloud-piu-facile');
  });

  it('refuses a negative, a missing or an impossible price next to its field', () => {
    const d = draftOf(null);
    d.parts = [
      { ...emptyPart('2026-12-01'), kind: 'monthly', value: '-5' },
      { ...emptyPart('2026-12-01'), kind: 'card_percent', value: '150' },
      { ...emptyPart('2026-12-01'), kind: 'one_off', value: '' },
      { ...emptyPart('2026-12-01'), kind: 'monthly', value: '20', introMonths: '200', introAmount: '0' },
      { ...emptyPart('2026-12-01'), kind: 'yearly', value: 'tanto' },
      { ...emptyPart('2026-12-01'), kind: 'monthly', value: '20', introMonths: '3', introAmount: '-1' },
    ];
    expect(draftProblems(d, 'it', NAN)).toEqual({
      'parts.0.amount': 'Il prezzo non può essere negativo.',
      'parts.1.percent': 'Una percentuale non può superare 100.',
      'parts.2.amount': 'Scrivi l’importo (o la percentuale) di questa parte del prezzo.',
      'parts.3.introMonths': 'Il prezzo di lancio non può durare più di 120 mesi.',
      'parts.4.amount': NAN,
      'parts.5.introAmount': 'Il prezzo non può essere negativo.',
    });
  });

  it('goes back to the body it came from', () => {
    const body = {
      slug: 'cassa-prova',
      name: 'Cassa di prova',
      provider: 'Fornitore',
      summary: { it: 'Una cassa.', en: 'A till.' },
      whatItDoes: { it: 'Incassi.', en: null },
      notFor: { it: 'Chi non vende.', en: null },
      areas: ['data_tools'],
      sectors: ['negozio'],
      dataLocation: 'eu' as const,
      dataNote: null,
      hoursPerWeek: 1.5,
      minimumMonths: 12,
      noticeDays: 30,
      exitCosts: { it: 'Nessuno', en: null },
      portability: { customers: { can: 'yes' as const, format: 'CSV' }, products: { can: 'partly' as const, format: null }, invoices: { can: 'no' as const, format: null } },
      alternativeSlugs: ['altra-cassa'],
      sportelloId: null,
      status: 'published' as const,
      parts: [
        { kind: 'monthly' as const, amount: 20, percent: null, introMonths: 3, introAmount: 0, label: null, sourceText: 'Listino', sourceUrl: null, asOf: '2026-11-01', isExample: true },
        { kind: 'card_percent' as const, amount: null, percent: 1.5, introMonths: null, introAmount: null, label: { it: 'Carte', en: null }, sourceText: 'Listino', sourceUrl: 'https://example.test/listino', asOf: '2026-11-01', isExample: false },
      ],
    };
    const draft = draftOf(body);
    expect(draftProblems(draft, 'it', NAN)).toEqual({});
    expect(inputOf(draft, 'published')).toEqual(body);
  });
});

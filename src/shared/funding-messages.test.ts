import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from './errors.js';
import { formatDay, fundingReasonText, ownCallProblemText } from './funding-messages.js';

describe('funding messages', () => {
  it('says the brief’s sentences', () => {
    expect(fundingReasonText({ code: 'size.ok', classes: ['micro'] }, 'it')).toBe('Sei una micro impresa: va bene.');
    expect(fundingReasonText({ code: 'territory.other_region', regions: [{ name: 'Friuli-Venezia Giulia', of: 'del' }] }, 'it')).toBe('È solo per imprese del Friuli-Venezia Giulia.');
    expect(fundingReasonText({ code: 'dates.closed', closesDay: '2025-12-31' }, 'it')).toBe('Chiude il 31 dicembre 2025: è già chiuso.');
    expect(fundingReasonText({ code: 'dates.rolling' }, 'it')).toBe('È a sportello: vale finché ci sono fondi.');
  });

  it('writes regions with their article and sizes as people say them', () => {
    expect(fundingReasonText({ code: 'territory.region', region: 'Emilia-Romagna', of: "dell'" }, 'it')).toBe("Vale per le imprese dell'Emilia-Romagna: va bene.");
    expect(fundingReasonText({ code: 'size.ok', classes: ['micro', 'small'] }, 'it')).toBe('Sei una micro o piccola impresa: va bene.');
    expect(fundingReasonText({ code: 'size.not_allowed', classes: ['micro'], allowed: ['small', 'medium'] }, 'en')).toBe('It is only for small and medium-sized businesses: you are a micro business.');
  });

  it('writes days in both languages', () => {
    expect(formatDay('2026-03-01', 'it')).toBe('1° marzo 2026');
    expect(formatDay('2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('names the field of an own call’s problem', () => {
    expect(ownCallProblemText({ field: 'calls.2.amounts.spendingMin', code: 'min_above_max' }, 'it')).toBe('La spesa minima è più alta del massimo.');
    expect(ownCallProblemText({ field: 'areas', code: 'no_purpose' }, 'en')).toBe('Choose at least one need the call serves (for example finance or e-commerce).');
  });

  it('has the funding error codes in both languages', () => {
    expect(ERROR_MESSAGES['funding.invalid_call'].it).toMatch(/bando/);
    expect(ERROR_MESSAGES['funding.import_refused'].en).toMatch(/not imported/);
  });
});

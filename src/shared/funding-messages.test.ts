import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from './errors.js';
import { formatDay, fundingReasonText, ownCallProblemText, type TFundingReason, type TOwnCallProblemCode } from './funding-messages.js';

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

  it('writes "l’11" and "all’8", as Italian does', () => {
    expect(fundingReasonText({ code: 'dates.open', closesDay: '2026-02-11' }, 'it')).toBe('È aperto fino all’11 febbraio 2026.');
    expect(fundingReasonText({ code: 'dates.closed', closesDay: '2025-03-08' }, 'it')).toBe('Chiude l’8 marzo 2025: è già chiuso.');
    expect(fundingReasonText({ code: 'dates.upcoming', opensDay: '2026-01-01', closesDay: '2026-01-11' }, 'it')).toBe('Apre il 1° gennaio 2026 e chiude l’11 gennaio 2026: potrai fare domanda da quel giorno.');
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

const EVERY_REASON: TFundingReason[] = [
  { code: 'dates.open', closesDay: '2026-01-31' },
  { code: 'dates.rolling' },
  { code: 'dates.upcoming', opensDay: '2026-01-01', closesDay: null },
  { code: 'dates.closed', closesDay: '2025-01-31' },
  { code: 'dates.unknown' },
  { code: 'territory.national' },
  { code: 'territory.region', region: 'Marche', of: 'delle' },
  { code: 'territory.other_region', regions: [{ name: 'Lazio', of: 'del' }, { name: 'Molise', of: 'del' }] },
  { code: 'territory.no_region' },
  { code: 'territory.comune' },
  { code: 'territory.other_comune' },
  { code: 'territory.comune_unclear' },
  { code: 'territory.missing', facts: ['comuneIstat'] },
  { code: 'size.all' },
  { code: 'size.ok', classes: ['small'] },
  { code: 'size.not_allowed', classes: ['large'], allowed: ['micro', 'small', 'medium'] },
  { code: 'size.micro_as_pmi' },
  { code: 'size.missing', facts: ['balanceSheetEur'] },
  { code: 'ateco.all' },
  { code: 'ateco.ok', atecoCode: '56.10.11' },
  { code: 'ateco.not_allowed', atecoCode: '56.10.11' },
  { code: 'ateco.old_codes', atecoCode: '47.81' },
  { code: 'ateco.missing' },
  { code: 'rule.founded_before.ok', day: '2020-01-01' },
  { code: 'rule.founded_before.not_allowed', day: '2020-01-01' },
  { code: 'rule.founded_after.ok', day: '2020-01-01' },
  { code: 'rule.founded_after.not_allowed', day: '2020-01-01' },
  { code: 'rule.min_years.ok', years: 2, actual: 5 },
  { code: 'rule.min_years.not_allowed', years: 2, actual: 1 },
  { code: 'rule.max_years.ok', years: 5, actual: 2 },
  { code: 'rule.max_years.not_allowed', years: 5, actual: 9 },
  { code: 'rule.legal_forms.ok' },
  { code: 'rule.legal_forms.not_allowed', forms: ['srl', 'cooperativa'] },
  { code: 'rule.max_employees.ok', max: 9, actual: 4 },
  { code: 'rule.max_employees.not_allowed', max: 9, actual: 12 },
  { code: 'rule.missing', facts: ['foundedOn', 'legalForm'] },
  { code: 'prose.to_verify', facts: ['documents'], link: null },
];

const EVERY_PROBLEM: TOwnCallProblemCode[] = ['required', 'invalid', 'too_long', 'closes_before_opens', 'negative_amount', 'min_above_max', 'no_purpose', 'no_kind', 'unknown_ateco', 'unknown_region', 'duplicate_id'];

describe('every funding sentence', () => {
  it('exists in both languages, different, ending with a full stop', () => {
    for (const reason of EVERY_REASON) {
      const it = fundingReasonText(reason, 'it');
      const en = fundingReasonText(reason, 'en');
      expect(it, reason.code).toMatch(/\.$/);
      expect(en, reason.code).toMatch(/\.$/);
      expect(it, reason.code).not.toBe(en);
    }
    for (const code of EVERY_PROBLEM) {
      const problem = { field: 'calls.0.title', code, value: 'x' };
      expect(ownCallProblemText(problem, 'it'), code).toMatch(/\.$/);
      expect(ownCallProblemText(problem, 'en'), code).not.toBe(ownCallProblemText(problem, 'it'));
    }
  });
});

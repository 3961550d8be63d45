import { findDivision } from '../geo/ateco.js';
import type { TLocale } from '../../shared/locale.js';
import { sizeClassOf } from './size-class.js';
import { LEGAL_FORMS, type TBusiness, type TLegalForm, type TSizeClass } from './types.js';

/** "Chiusi di recente": calls closed at most this many days ago, shown when asked for. */
export const RECENT_GRACE_DAYS = 120;

/** A size a visitor names in the try: a class, or persons employed. */
export type TSizeChoice = 'micro' | 'small' | 'medium' | number;

/**
 * The facts a visitor's size stands for, as the smallest business of that class: a class
 * admits the calls for it, and a curated "at most N employees" rule is not failed by a guess.
 * A headcount is taken as given, without turnover (the check then asks for it when it matters).
 * @example sizeFactsOf('small'); // { employees: 10, annualTurnoverEur: 2_000_001 }
 */
export function sizeFactsOf(choice: TSizeChoice): Pick<TBusiness, 'employees' | 'annualTurnoverEur'> {
  if (typeof choice === 'number') return { employees: choice };
  if (choice === 'micro') return { employees: 1, annualTurnoverEur: 100_000 };
  if (choice === 'small') return { employees: 10, annualTurnoverEur: 2_000_001 };
  return { employees: 50, annualTurnoverEur: 10_000_001 };
}

/**
 * The size classes a call may list and still not refuse the business: its possible classes
 * and, for a micro business, "small" too (a call for small and medium businesses only asks a
 * micro one to check). Null when the facts leave every class open: no filter then.
 * @example sizeClassesToAsk({ employees: 3, annualTurnoverEur: 200_000 }); // ['micro', 'small']
 */
export function sizeClassesToAsk(business: Pick<TBusiness, 'employees' | 'annualTurnoverEur' | 'balanceSheetEur'>): TSizeClass[] | null {
  const result = sizeClassOf(business);
  const classes = result.sizeClass === 'unknown' ? result.candidates : [result.sizeClass];
  if (classes.length === 4) return null;
  return classes.includes('micro') && !classes.includes('small') ? [...classes, 'small'] : classes;
}

/**
 * One page of a list, pages counted from 1.
 * @example pageOf([1, 2, 3], 2, 2); // [3]
 */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** The facts an entrepreneur adds so the finder can say yes or no (all optional, null clears). */
export interface TFundingFactsInput {
  atecoCode?: string | null;
  annualTurnoverEur?: number | null;
  balanceSheetEur?: number | null;
  foundedOn?: string | null;
  legalForm?: string | null;
}

export interface TFundingFacts {
  atecoCode?: string | null;
  annualTurnoverEur?: number | null;
  balanceSheetEur?: number | null;
  foundedOn?: string | null;
  legalForm?: TLegalForm | null;
}

const FACT_MESSAGES = {
  atecoFormat: { it: 'Scrivi il codice ATECO come sulla visura camerale, per esempio 56.10.11.', en: 'Write the ATECO code as on the chamber of commerce record, for example 56.10.11.' },
  atecoUnknown: { it: 'Questo codice ATECO non esiste: controlla le prime due cifre sulla visura camerale.', en: 'This ATECO code does not exist: check its first two digits on the chamber of commerce record.' },
  negative: { it: 'Scrivi una cifra in euro, zero o più.', en: 'Write an amount in euro, zero or more.' },
  tooBig: { it: 'Questa cifra è troppo grande: scrivila in euro, senza decimali.', en: 'This amount is too large: write it in euro, without decimals.' },
  notNumber: { it: 'Scrivi una cifra in euro, solo numeri.', en: 'Write an amount in euro, numbers only.' },
  day: { it: 'Scrivi una data vera, come 2019-03-15.', en: 'Write a real date, like 2019-03-15.' },
  future: { it: 'La data di fondazione non può essere nel futuro.', en: 'The foundation day cannot be in the future.' },
  legalForm: { it: 'Scegli una forma giuridica della lista.', en: 'Choose a legal form from the list.' },
} as const satisfies Record<string, Record<TLocale, string>>;

const ATECO_CODE = /^\d{2}(\.\d{1,2}){0,2}$/;
const MAX_EUR = 1e15;

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}

/**
 * The funding facts checked field by field: an ATECO code of an existing ATECO 2025 division,
 * amounts in euro not negative, a real foundation day not after `today`, a known legal form.
 * Each problem names its field, in plain words; nothing is partly accepted.
 *
 * @example
 *   checkFundingFacts({ atecoCode: '99.99', annualTurnoverEur: -5 }, '2026-12-03', 'it');
 *   // { ok: false, problems: [{ field: 'atecoCode', message: 'Questo codice ATECO non esiste: …' }, { field: 'annualTurnoverEur', … }] }
 */
export function checkFundingFacts(input: TFundingFactsInput, today: string, locale: TLocale): { ok: true; facts: TFundingFacts } | { ok: false; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  const facts: TFundingFacts = {};
  const say = (field: string, key: keyof typeof FACT_MESSAGES) => problems.push({ field, message: FACT_MESSAGES[key][locale] });

  if (input.atecoCode !== undefined) {
    const code = input.atecoCode?.trim() ?? '';
    if (input.atecoCode === null || code === '') facts.atecoCode = null;
    else if (!ATECO_CODE.test(code)) say('atecoCode', 'atecoFormat');
    else if (!findDivision(code.slice(0, 2))) say('atecoCode', 'atecoUnknown');
    else facts.atecoCode = code;
  }
  for (const field of ['annualTurnoverEur', 'balanceSheetEur'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) facts[field] = null;
    else if (typeof value !== 'number' || !Number.isFinite(value)) say(field, 'notNumber');
    else if (value < 0) say(field, 'negative');
    else if (value > MAX_EUR) say(field, 'tooBig');
    else facts[field] = Math.round(value);
  }
  if (input.foundedOn !== undefined) {
    if (input.foundedOn === null || input.foundedOn === '') facts.foundedOn = null;
    else if (!isRealDay(input.foundedOn)) say('foundedOn', 'day');
    else if (input.foundedOn > today) say('foundedOn', 'future');
    else facts.foundedOn = input.foundedOn;
  }
  if (input.legalForm !== undefined) {
    if (input.legalForm === null || input.legalForm === '') facts.legalForm = null;
    else if (!(LEGAL_FORMS as readonly string[]).includes(input.legalForm)) say('legalForm', 'legalForm');
    else facts.legalForm = input.legalForm as TLegalForm;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts };
}

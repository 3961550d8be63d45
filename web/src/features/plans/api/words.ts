import type { TFunction } from 'i18next';
import { plainDay, plainMonth, plainNumber } from '../../../lib/plain-format';
import { romeDayKey } from '../../../lib/rome-time';
import type { TGoal, TUnit } from './plans';

/** The BCP 47 tag for Intl formatting (as i18n's intlLocale; kept here so this file stays pure). */
const intlLocale = (lng: string) => (lng === 'en' ? 'en-GB' : 'it-IT');

// An Intl formatter is slow to build: one per language, and only for figures plainNumber leaves.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lng: string): Intl.NumberFormat {
  let f = numberFormats.get(lng);
  if (!f) numberFormats.set(lng, (f = new Intl.NumberFormat(intlLocale(lng), { maximumFractionDigits: 2 })));
  return f;
}

/**
 * A figure with its unit, in words: '14%', '1.200 euro', '1 cliente', '8 recensioni'.
 * @example figure(t, 'it', 14, 'clienti') // '14 clienti'
 */
export function figure(t: TFunction, lng: string, n: number, unit: TUnit): string {
  const num = plainNumber(n, lng) ?? numberFormat(lng).format(n);
  return t(`plans.unitFigure.${unit}`, { count: n, n: num });
}

/** Italian takes "dall'8" but "dal 10": the article follows how the number is said. */
function startsWithVowel(n: number): boolean {
  const i = Math.floor(Math.abs(n));
  const digits = String(i);
  return i === 1 || i === 11 || digits.startsWith('8') || (i >= 1e6 && i < 2e6);
}

/**
 * "dal 10% al 25%" / "from 10% to 25%".
 * @example fromTo(t, 'it', 8, 25, '%') // "dall'8% al 25%"
 */
export function fromTo(t: TFunction, lng: string, from: number, to: number, unit: TUnit): string {
  if (lng !== 'it') return t('plans.words.fromTo', { from: figure(t, lng, from, unit), to: figure(t, lng, to, unit) });
  const art = (n: number, base: 'da' | 'a') => (n === 0 ? `${base} ` : startsWithVowel(n) ? `${base}ll'` : `${base}l `);
  return `${art(from, 'da')}${figure(t, lng, from, unit)} ${art(to, 'a')}${figure(t, lng, to, unit)}`;
}

/** "giugno" this year (Italy's), "giugno 2027" another year. */
export function monthWords(iso: string, lng: string, now = new Date()): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return plainMonth(d, lng, String(d.getUTCFullYear()) !== romeDayKey(now.toISOString()).slice(0, 4));
}

/**
 * The goal's indicator in plain words.
 * @example indicatorLine(t, 'it', goal) // 'Margine sul formaggio: dal 10% al 25% entro giugno — oggi 14%'
 */
export function indicatorLine(t: TFunction, lng: string, g: Pick<TGoal, 'indicator'>): string {
  const i = g.indicator;
  return t('plans.goal.indicatorLine', {
    name: i.name,
    fromTo: fromTo(t, lng, i.baseline, i.target, i.unit),
    by: monthWords(i.byDate, lng),
    now: figure(t, lng, i.current, i.unit),
  });
}

/**
 * A day in the reader's language: '5 giu 2026'. A calendar date (YYYY-MM-DD) is that day; an
 * instant is the day it is in Rome (23:30 UTC is already tomorrow there).
 * @example dayWords('2026-06-04T23:30:00Z', 'it') // '5 giu 2026'
 */
export function dayWords(iso: string, lng: string): string {
  const instant = iso.length > 10 ? new Date(iso) : null;
  if (instant && Number.isNaN(instant.getTime())) return iso;
  const d = new Date(`${instant ? romeDayKey(iso) : iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return plainDay(d, lng);
}


import type { TFunction } from 'i18next';
import { api } from '../../../lib/api-client';
import { plainMonth } from '../../../lib/plain-format';
import type { TPlanCall } from './plans';

/** A call as the picker offers it (GET /api/funding/calls, a summary). */
export type TCallChoice = Pick<TPlanCall, 'id' | 'slug' | 'title' | 'closesDay' | 'closing' | 'closesSoon' | 'status'>;

/**
 * Open and upcoming calls with these words in the title, nearest closing first; no words: the
 * first ones of the list. Closed calls are not offered (one already linked stays on the action).
 * @example const { items } = await searchCallsToLink('voucher', 'it');
 */
export function searchCallsToLink(q: string, lang: string, signal?: AbortSignal, pageSize = 8) {
  const params = new URLSearchParams({ pageSize: String(pageSize), lang: lang === 'en' ? 'en' : 'it' });
  if (q.trim()) params.set('q', q.trim());
  return api.get<{ items: TCallChoice[] }>(`/api/funding/calls?${params.toString()}`, signal);
}

/** A Rome day with the month in full: '15 marzo 2027', '15 March 2027'. */
export function longDay(day: string, lng: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : `${d.getUTCDate()} ${plainMonth(d, lng, true)}`;
}

/**
 * Until when a call is open, in words: "Chiude il 31 dicembre 2026", "Chiuso il 31 luglio 2025",
 * "A sportello, senza data di chiusura", "Data di chiusura da verificare".
 * @example deadlineWords(t, 'it', { closing: 'date', closesDay: '2027-03-15', status: 'open' }) // 'Chiude il 15 marzo 2027'
 */
export function deadlineWords(t: TFunction, lng: string, call: Pick<TPlanCall, 'closing' | 'closesDay' | 'status'>): string {
  if (call.closing === 'date' && call.closesDay) {
    const date = longDay(call.closesDay, lng);
    return call.status === 'closed' ? t('planCalls.deadline.closed', { date }) : t('planCalls.deadline.closes', { date });
  }
  return call.closing === 'rolling' ? t('planCalls.deadline.rolling') : t('planCalls.deadline.unknown');
}

import type { TRuleOutcome } from './eligibility-rule.js';
import type { TCall, TCallStatus } from './types.js';

/**
 * Open, upcoming or closed on `today` (a Rome day, YYYY-MM-DD), days counted whole: a call
 * closing on 31 December can be applied for all that day. Without a closing date a call is
 * open only when it is rolling; otherwise its status is unknown.
 *
 * @example checkDates(call, '2026-01-02'); // { status: 'closed', outcome: { ok: false, reason: { code: 'dates.closed', closesDay: '2025-12-31' } } }
 */
export function checkDates(call: Pick<TCall, 'opensDay' | 'closesDay' | 'closing'>, today: string): { status: TCallStatus; outcome: TRuleOutcome } {
  const { opensDay, closesDay } = call;
  if (closesDay && today > closesDay) return { status: 'closed', outcome: { ok: false, reason: { code: 'dates.closed', closesDay } } };
  if (opensDay && today < opensDay) return { status: 'upcoming', outcome: { ok: true, reason: { code: 'dates.upcoming', opensDay, closesDay } } };
  if (closesDay) return { status: 'open', outcome: { ok: true, reason: { code: 'dates.open', closesDay } } };
  if (call.closing === 'rolling') return { status: 'open', outcome: { ok: true, reason: { code: 'dates.rolling' } } };
  return { status: 'unknown', outcome: { ok: null, reason: { code: 'dates.unknown' } } };
}

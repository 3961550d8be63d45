import { ATECO_DIVISIONS } from '../geo/ateco.js';
import type { TRuleOutcome } from './eligibility-rule.js';
import { atecoMatches } from './normalize-ateco.js';
import type { TBusiness, TCall } from './types.js';

/** ATECO 2025 division codes, for telling an old list from a wrong sector in one lookup per code. */
const DIVISIONS = new Set(ATECO_DIVISIONS.map((d) => d.code));

/**
 * The business's ATECO code against the call's prefixes ("56.10.11" is under "56.10" and
 * "56"). The portal does not say which ATECO version a list uses: when the list has a
 * division that ATECO 2025 no longer has (45, motor trade), a miss is to verify, not a no.
 *
 * @example checkAteco({ atecoCode: '56.10.11' }, { ateco: ['56.10'] }); // { ok: true, … }
 */
export function checkAteco(business: TBusiness, call: Pick<TCall, 'ateco'>): TRuleOutcome {
  if (call.ateco === 'all') return { ok: true, reason: { code: 'ateco.all' } };
  const code = business.atecoCode?.trim();
  if (!code) return { ok: null, reason: { code: 'ateco.missing' } };
  if (call.ateco.some((prefix) => atecoMatches(prefix, code))) return { ok: true, reason: { code: 'ateco.ok', atecoCode: code } };
  if (call.ateco.some((prefix) => !DIVISIONS.has(prefix.slice(0, 2)))) return { ok: null, reason: { code: 'ateco.old_codes', atecoCode: code } };
  return { ok: false, reason: { code: 'ateco.not_allowed', atecoCode: code } };
}

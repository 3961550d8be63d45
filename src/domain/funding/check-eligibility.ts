import { fundingReasonText, type TBusinessFact } from '../../shared/funding-messages.js';
import type { TLocale } from '../../shared/locale.js';
import { checkAteco } from './eligibility-ateco.js';
import { checkCuratedRule, proseReminder } from './eligibility-curated.js';
import { checkDates } from './eligibility-dates.js';
import type { TRuleOutcome } from './eligibility-rule.js';
import { checkSize } from './eligibility-size.js';
import { checkTerritory } from './eligibility-territory.js';
import { romeDayOf } from './rome-day.js';
import type { TBusiness, TCall, TEligibility, TVerdict } from './types.js';

/** What checkEligibility returns (the same as TEligibility). */
export type TEligibilityResult = TEligibility;

function verdictOf(outcomes: readonly TRuleOutcome[]): TVerdict {
  if (outcomes.some((o) => o.ok === false)) return 'not_eligible';
  if (outcomes.some((o) => o.ok === null && !o.isReminder)) return 'to_verify';
  return 'eligible';
}

function missingFacts(outcomes: readonly TRuleOutcome[]): TBusinessFact[] {
  const facts = new Set<TBusinessFact>();
  for (const { reason } of outcomes) {
    if ('facts' in reason && reason.code !== 'prose.to_verify') for (const f of reason.facts as TBusinessFact[]) facts.add(f);
    if (reason.code === 'ateco.missing') facts.add('atecoCode');
  }
  return [...facts];
}

/**
 * Whether a business may apply for a call on `today` (an instant, or a Rome day YYYY-MM-DD),
 * with every rule's verdict in plain words: dates, territory, size class, ATECO, the call's
 * curated rules, and the reminder of what only the bando's text says. Any `false` makes it
 * `not_eligible`; else any open question (a missing fact, an unclear list) `to_verify`.
 *
 * @example
 *   checkEligibility({ comuneIstat: '030129', regionCode: '06', atecoCode: '56.10.11', employees: 3, annualTurnoverEur: 180_000 }, call, '2025-07-12');
 *   // { verdict: 'eligible', status: 'open', missing: [], reasons: [{ code: 'dates.open', ok: true, text: 'È aperto fino al 31 dicembre 2026.' }, …] }
 */
export function checkEligibility(business: TBusiness, call: TCall, today: Date | string, locale: TLocale = 'it'): TEligibilityResult {
  const day = romeDayOf(today);
  const dates = checkDates(call, day);
  const outcomes: TRuleOutcome[] = [
    dates.outcome,
    ...checkTerritory(business, call),
    checkSize(business, call),
    checkAteco(business, call),
    ...call.curatedRules.map((rule) => checkCuratedRule(business, rule, day)),
    proseReminder(call),
  ];
  return {
    verdict: verdictOf(outcomes),
    status: dates.status,
    missing: missingFacts(outcomes),
    reasons: outcomes.map((o) => ({ code: o.reason.code, ok: o.ok, text: fundingReasonText(o.reason, locale) })),
  };
}

import type { TBusinessFact, TProseFact } from '../../shared/funding-messages.js';
import type { TRuleOutcome } from './eligibility-rule.js';
import { yearsBetween } from './rome-day.js';
import type { TBusiness, TCall, TCuratedRule } from './types.js';

function missing(fact: TBusinessFact): TRuleOutcome {
  return { ok: null, reason: { code: 'rule.missing', facts: [fact] } };
}

/**
 * One curated rule against the business on `today` (YYYY-MM-DD).
 *
 * @example checkCuratedRule({ foundedOn: '2019-05-01' }, { fact: 'minYearsInBusiness', value: 2, sourceUrl }, '2025-07-12');
 *   // { ok: true, reason: { code: 'rule.min_years.ok', years: 2, actual: 6 } }
 */
export function checkCuratedRule(business: TBusiness, rule: TCuratedRule, today: string): TRuleOutcome {
  switch (rule.fact) {
    case 'foundedBefore':
      if (!business.foundedOn) return missing('foundedOn');
      return { ok: business.foundedOn < rule.value, reason: { code: business.foundedOn < rule.value ? 'rule.founded_before.ok' : 'rule.founded_before.not_allowed', day: rule.value } };
    case 'foundedAfter':
      if (!business.foundedOn) return missing('foundedOn');
      return { ok: business.foundedOn >= rule.value, reason: { code: business.foundedOn >= rule.value ? 'rule.founded_after.ok' : 'rule.founded_after.not_allowed', day: rule.value } };
    case 'minYearsInBusiness': {
      if (!business.foundedOn) return missing('foundedOn');
      const actual = Math.max(0, yearsBetween(business.foundedOn, today));
      const ok = actual >= rule.value;
      return { ok, reason: { code: ok ? 'rule.min_years.ok' : 'rule.min_years.not_allowed', years: rule.value, actual } };
    }
    case 'maxYearsInBusiness': {
      if (!business.foundedOn) return missing('foundedOn');
      const actual = Math.max(0, yearsBetween(business.foundedOn, today));
      const ok = actual <= rule.value;
      return { ok, reason: { code: ok ? 'rule.max_years.ok' : 'rule.max_years.not_allowed', years: rule.value, actual } };
    }
    case 'legalForms':
      if (!business.legalForm) return missing('legalForm');
      return rule.value.includes(business.legalForm) ? { ok: true, reason: { code: 'rule.legal_forms.ok' } } : { ok: false, reason: { code: 'rule.legal_forms.not_allowed', forms: rule.value } };
    case 'maxEmployees': {
      if (typeof business.employees !== 'number') return missing('employees');
      const ok = business.employees <= rule.value;
      return { ok, reason: { code: ok ? 'rule.max_employees.ok' : 'rule.max_employees.not_allowed', max: rule.value, actual: business.employees } };
    }
  }
}

const YEAR_FACTS = new Set<TCuratedRule['fact']>(['foundedBefore', 'foundedAfter', 'minYearsInBusiness', 'maxYearsInBusiness']);

/**
 * The reminder of what only the bando's text says, without the facts a curated rule covers,
 * with the official link. It never lowers the verdict: every call has documents to read.
 *
 * @example proseReminder(call); // { ok: null, isReminder: true, reason: { code: 'prose.to_verify', facts: ['years', …], link } }
 */
export function proseReminder(call: Pick<TCall, 'curatedRules' | 'link'>): TRuleOutcome {
  const covered = new Set(call.curatedRules.map((r) => r.fact));
  const facts: TProseFact[] = [];
  if (![...covered].some((f) => YEAR_FACTS.has(f))) facts.push('years');
  if (!covered.has('legalForms')) facts.push('legalForm');
  facts.push('coverage', 'documents', 'deMinimis');
  return { ok: null, isReminder: true, reason: { code: 'prose.to_verify', facts, link: call.link } };
}

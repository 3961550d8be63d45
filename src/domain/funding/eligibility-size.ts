import type { TRuleOutcome } from './eligibility-rule.js';
import { sizeClassOf } from './size-class.js';
import type { TBusiness, TCall, TSizeClass } from './types.js';

/**
 * The business's EU size class against the classes the call admits. A micro business facing
 * a call for "Piccola" and "Media" only is asked to check: micro businesses are PMI, and a
 * few records leave them out by slip (data README).
 *
 * @example checkSize({ employees: 3, annualTurnoverEur: 200_000 }, call); // { ok: true, reason: { code: 'size.ok', classes: ['micro'] } }
 */
export function checkSize(business: TBusiness, call: TCall): TRuleOutcome {
  if (call.sizes === 'all') return { ok: true, reason: { code: 'size.all' } };
  const allowed: TSizeClass[] = call.sizes;
  const size = sizeClassOf(business);
  const classes: TSizeClass[] = size.sizeClass === 'unknown' ? size.candidates : [size.sizeClass];
  if (classes.every((c) => allowed.includes(c))) return { ok: true, reason: { code: 'size.ok', classes } };
  const isMicroOfPmi = classes.length === 1 && classes[0] === 'micro' && allowed.includes('small') && allowed.includes('medium');
  if (isMicroOfPmi) return { ok: null, reason: { code: 'size.micro_as_pmi' } };
  if (!classes.some((c) => allowed.includes(c))) return { ok: false, reason: { code: 'size.not_allowed', classes, allowed } };
  return { ok: null, reason: { code: 'size.missing', facts: size.sizeClass === 'unknown' ? size.missing : [] } };
}

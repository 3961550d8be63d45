import { pricePartProblem, type TPricePart, type TPricePartKind } from '../../shared/solution-cost.js';
import type { TSolutionFieldProblem } from '../../shared/solution-messages.js';

/** A price part as written in the catalogue's form or API (before it is stored). */
export interface TPricePartInput {
  kind: TPricePartKind;
  amount?: number | null;
  percent?: number | null;
  introMonths?: number | null;
  introAmount?: number | null;
}

export const PERCENT_KINDS: readonly TPricePartKind[] = ['card_percent', 'online_percent'];

/** Above this a price part is taken for a typing mistake (a million euro). */
export const MAX_AMOUNT = 1_000_000;

/**
 * What is wrong with each price part, by field (`parts.1.percent`): a negative or impossible
 * price, a percentage over 100, a missing value, an introductory price longer than ten years.
 * Empty when all is well; the caller stores nothing otherwise.
 *
 * @example pricePartsProblems([{ kind: 'card_percent', percent: 120 }]) // [{ field: 'parts.0.percent', problem: 'percent_too_high' }]
 */
export function pricePartsProblems(parts: readonly TPricePartInput[]): { field: string; problem: TSolutionFieldProblem }[] {
  const problems: { field: string; problem: TSolutionFieldProblem }[] = [];
  parts.forEach((p, i) => {
    const isPercent = PERCENT_KINDS.includes(p.kind);
    const valueField = `parts.${i}.${isPercent ? 'percent' : 'amount'}`;
    const value = isPercent ? p.percent : p.amount;
    if (value === null || value === undefined) {
      problems.push({ field: valueField, problem: 'value_missing' });
      return;
    }
    const part = (isPercent ? { kind: p.kind, percent: value } : { kind: p.kind, amount: value, introMonths: p.introMonths ?? undefined, introAmount: p.introAmount ?? undefined }) as TPricePart;
    const problem = pricePartProblem(part);
    if (problem === 'negative') {
      const field = !Number.isFinite(value) || value < 0 ? valueField : (p.introAmount ?? 0) < 0 ? `parts.${i}.introAmount` : `parts.${i}.introMonths`;
      problems.push({ field, problem });
    } else if (problem === 'intro_too_long') problems.push({ field: `parts.${i}.introMonths`, problem });
    else if (problem) problems.push({ field: valueField, problem });
    else if (!isPercent && (value > MAX_AMOUNT || (p.introAmount ?? 0) > MAX_AMOUNT)) problems.push({ field: valueField, problem: 'too_high' });
  });
  return problems;
}

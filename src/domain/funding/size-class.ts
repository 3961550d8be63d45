import { SIZE_CLASSES, type TSizeClass } from './types.js';

/** The facts EU Recommendation 2003/361 sizes a business by. */
export interface TSizeFacts {
  employees?: number | null;
  annualTurnoverEur?: number | null;
  balanceSheetEur?: number | null;
}

export type TSizeFact = 'employees' | 'annualTurnoverEur' | 'balanceSheetEur';

export type TSizeClassResult =
  | { sizeClass: TSizeClass }
  /** The facts given leave several classes open: `candidates` says which, `missing` what would decide. */
  | { sizeClass: 'unknown'; candidates: TSizeClass[]; missing: TSizeFact[] };

/** Ceilings per class, micro to medium (a business above medium is large). */
const MAX_EMPLOYEES_BELOW = [10, 50, 250];
const MAX_TURNOVER = [2_000_000, 10_000_000, 50_000_000];
const MAX_BALANCE = [2_000_000, 10_000_000, 43_000_000];

const LARGE = 3;

function classBy(value: number, ceilings: number[], isStrict: boolean): number {
  const index = ceilings.findIndex((ceiling) => (isStrict ? value < ceiling : value <= ceiling));
  return index === -1 ? LARGE : index;
}

function isKnown(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The size class under EU Recommendation 2003/361: the headcount must stay under the
 * class's ceiling and either turnover or balance sheet within its own. A missing fact
 * leaves a range of classes; when the range is one class, that is the answer anyway
 * (300 persons is large whatever the turnover).
 *
 * @example
 *   sizeClassOf({ employees: 4, annualTurnoverEur: 350_000 }); // { sizeClass: 'micro' }
 *   sizeClassOf({ employees: 4, annualTurnoverEur: 3_000_000 });
 *   // { sizeClass: 'unknown', candidates: ['micro', 'small'], missing: ['balanceSheetEur'] }
 */
export function sizeClassOf(facts: TSizeFacts): TSizeClassResult {
  const [low, high] = classRange(facts);
  if (low === high) return { sizeClass: SIZE_CLASSES[low]! };
  // A fact is missing when filling it in could change the answer; the balance sheet is
  // optional, so it is asked for only once the turnover is known and does not decide.
  const missing = (['employees', 'annualTurnoverEur', 'balanceSheetEur'] as const).filter((fact) => {
    if (isKnown(facts[fact])) return false;
    if (fact !== 'balanceSheetEur') return true;
    if (!isKnown(facts.annualTurnoverEur)) return false;
    return classRange({ ...facts, balanceSheetEur: 0 }).join() !== classRange({ ...facts, balanceSheetEur: Number.MAX_SAFE_INTEGER }).join();
  });
  return { sizeClass: 'unknown', candidates: SIZE_CLASSES.slice(low, high + 1), missing };
}

/** The lowest and highest class the facts allow, as indexes of SIZE_CLASSES. */
function classRange(facts: TSizeFacts): [number, number] {
  const range = (value: number | null | undefined, ceilings: number[], isStrict: boolean): [number, number] =>
    isKnown(value) ? [classBy(value, ceilings, isStrict), classBy(value, ceilings, isStrict)] : [0, LARGE];
  const [headLow, headHigh] = range(facts.employees, MAX_EMPLOYEES_BELOW, true);
  const [turnLow, turnHigh] = range(facts.annualTurnoverEur, MAX_TURNOVER, false);
  const [balLow, balHigh] = range(facts.balanceSheetEur, MAX_BALANCE, false);
  // The better of the two financial tests counts; the headcount caps it from below.
  return [Math.max(headLow, Math.min(turnLow, balLow)), Math.max(headHigh, Math.min(turnHigh, balHigh))];
}

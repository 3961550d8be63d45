import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { business } from '../../../db/schema/index.js';
import { checkFundingFacts, type TFundingFactsInput } from '../../../domain/funding/finder.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';

export interface TFundingFactsRow {
  atecoCode: string | null;
  annualTurnoverEur: number | null;
  balanceSheetEur: number | null;
  foundedOn: string | null;
  legalForm: string | null;
}

/**
 * Saves the facts given (absent ones stay, null clears), all or nothing: a wrong one is
 * `request.invalid` (422) naming its field, and nothing changes.
 *
 * @example await updateFundingFacts(db, businessId, { atecoCode: '56.10.11', annualTurnoverEur: 180000 }, '2026-12-03', 'it');
 */
export async function updateFundingFacts(db: TDb, businessId: string, input: TFundingFactsInput, today: string, locale: TLocale): Promise<TFundingFactsRow> {
  const checked = checkFundingFacts(input, today, locale);
  if (!checked.ok) throw new AppError('request.invalid', 422, checked.problems);
  const columns = { atecoCode: business.atecoCode, annualTurnoverEur: business.annualTurnoverEur, balanceSheetEur: business.balanceSheetEur, foundedOn: business.foundedOn, legalForm: business.legalForm };
  const rows =
    Object.keys(checked.facts).length === 0
      ? await db.select(columns).from(business).where(eq(business.id, businessId))
      : await db.update(business).set(checked.facts).where(eq(business.id, businessId)).returning(columns);
  if (!rows[0]) throw new AppError('resource.not_found', 404);
  return rows[0];
}

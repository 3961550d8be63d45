import { and, desc, eq, max } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, checkup, comune, province } from '../../db/schema/index.js';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, type TAnswers } from '../../domain/checkup/questionnaire.js';
import { scoreCheckup } from '../../domain/checkup/score.js';
import { validateAnswers } from '../../domain/checkup/validate-answers.js';
import { AppError } from '../../shared/errors.js';

export type TCheckupRow = typeof checkup.$inferSelect;

/** A check-up with what the policy needs to decide on it: its business and that business's sportello. */
export async function loadCheckup(db: TDb, id: string) {
  const [row] = await db
    .select({ checkup, sportelloId: business.sportelloId, businessName: business.name })
    .from(checkup)
    .innerJoin(business, eq(business.id, checkup.businessId))
    .where(eq(checkup.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

export async function listCheckups(db: TDb, businessId: string) {
  return db.select().from(checkup).where(eq(checkup.businessId, businessId)).orderBy(desc(checkup.round));
}

/**
 * The business's open check-up, or a new one on the current questionnaire: round 1
 * is T0, each later one a re-take (T1, T2...). Two devices starting at once get the same draft.
 */
export async function startCheckup(db: TDb, businessId: string, userId: string): Promise<TCheckupRow> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [draft] = await db.select().from(checkup).where(and(eq(checkup.businessId, businessId), eq(checkup.status, 'draft')));
    if (draft) return draft;
    const [last] = await db.select({ round: max(checkup.round) }).from(checkup).where(eq(checkup.businessId, businessId));
    const [created] = await db
      .insert(checkup)
      .values({ businessId, round: (last?.round ?? 0) + 1, questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, startedBy: userId })
      .onConflictDoNothing()
      .returning();
    if (created) return created;
  }
  throw new Error('could not start a check-up');
}

function questionnaireOf(row: TCheckupRow) {
  const questionnaire = getQuestionnaire(row.questionnaireVersion);
  if (!questionnaire) throw new Error(`unknown questionnaire version ${row.questionnaireVersion}`);
  return questionnaire;
}

function refuse(problems: { questionId: string; code: string }[]): never {
  throw new AppError('checkup.invalid_answers', 422, problems.map((p) => ({ field: `answers.${p.questionId}`, message: p.code })));
}

/** Merges some answers into a draft; unknown questions or options change nothing. */
export async function saveAnswers(db: TDb, id: string, answers: TAnswers): Promise<TCheckupRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(checkup).where(eq(checkup.id, id)).for('update');
    if (!row) throw new AppError('resource.not_found', 404);
    if (row.status !== 'draft') throw new AppError('checkup.already_submitted', 409);
    const problems = validateAnswers(questionnaireOf(row), answers, { isFinal: false });
    if (problems.length) refuse(problems);
    const merged = { ...(row.answers as TAnswers), ...answers };
    const [updated] = await tx.update(checkup).set({ answers: merged, updatedAt: new Date() }).where(eq(checkup.id, id)).returning();
    return updated!;
  });
}

/**
 * Closes a draft: every question answered (or "non so"), then scored once and
 * stored with the version it was taken on, plus the business's sector and region
 * of that day for peer comparisons.
 */
export async function submitCheckup(db: TDb, id: string, answers: TAnswers = {}): Promise<TCheckupRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(checkup).where(eq(checkup.id, id)).for('update');
    if (!row) throw new AppError('resource.not_found', 404);
    if (row.status !== 'draft') throw new AppError('checkup.already_submitted', 409);
    const questionnaire = questionnaireOf(row);
    const partial = validateAnswers(questionnaire, answers, { isFinal: false });
    if (partial.length) refuse(partial);
    const merged = { ...(row.answers as TAnswers), ...answers };
    const missing = validateAnswers(questionnaire, merged, { isFinal: true });
    if (missing.length) refuse(missing);
    const [place] = await tx
      .select({ atecoDivision: business.atecoDivision, regionCode: province.regionCode })
      .from(business)
      .innerJoin(comune, eq(comune.istat, business.comuneIstat))
      .innerJoin(province, eq(province.code, comune.provinceCode))
      .where(eq(business.id, row.businessId));
    const now = new Date();
    const [updated] = await tx
      .update(checkup)
      .set({
        answers: merged,
        result: scoreCheckup(questionnaire, merged),
        status: 'submitted',
        atecoDivision: place?.atecoDivision ?? null,
        regionCode: place?.regionCode ?? null,
        submittedAt: now,
        updatedAt: now,
      })
      .where(eq(checkup.id, id))
      .returning();
    return updated!;
  });
}

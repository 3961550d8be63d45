import { and, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, lessonSuggestion, planAction, user } from '../../db/schema/index.js';
import { DEMO_PLAN } from '../plans/seed-demo-plan.js';
import { findPlanOfBusiness, updateAction } from '../plans/plans.js';
import { suggestLesson } from './lesson-suggestions.js';

/** What the demo shows of lessons where people need them: a plan action with its lesson, and the angel's suggestion. */
export const DEMO_LESSON_LINKS = {
  action: 'Aprire la scheda Google del panificio con foto e orari',
  actionLesson: 'fatti-trovare-sulle-mappe',
  suggestedLesson: 'quanto-mi-costa-davvero',
  note: 'Prima di fare il listino per i bar, guarda quanto ti costa davvero ogni pane.',
} as const;

/**
 * Links a lesson to one action of the bakery's demo plan and has its angel suggest another.
 * Runs after the lessons are in; a second run changes nothing (the action keeps any link it
 * has, the suggestion exists once and a hidden one stays hidden).
 * @example await seedDemoLessonLinks(db);
 */
export async function seedDemoLessonLinks(db: TDb): Promise<void> {
  const [target] = await db.select({ id: business.id, sportelloId: business.sportelloId }).from(business).where(eq(business.name, DEMO_PLAN.business));
  const [angel] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_PLAN.angel));
  if (!target || !angel) return;
  const plan = await findPlanOfBusiness(db, target.id);
  if (plan) {
    const [action] = await db
      .select()
      .from(planAction)
      .where(and(eq(planAction.planId, plan.id), eq(planAction.title, DEMO_LESSON_LINKS.action), isNull(planAction.linkedLessonId)));
    if (action) await updateAction(db, plan.id, action.id, action.version, { linkedLessonId: DEMO_LESSON_LINKS.actionLesson }, angel.id);
  }
  // Any suggestion at all, hidden ones too: the demo never suggests again what the baker hid.
  const [any] = await db.select({ id: lessonSuggestion.id }).from(lessonSuggestion).where(eq(lessonSuggestion.businessId, target.id)).limit(1);
  if (any) return;
  await suggestLesson(db, { businessId: target.id, sportelloId: target.sportelloId, lessonSlug: DEMO_LESSON_LINKS.suggestedLesson, note: DEMO_LESSON_LINKS.note, by: angel.id });
}

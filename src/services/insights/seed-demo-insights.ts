import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { assignment, business, checkup, intakeRequest, meeting, plan, planEngagement, planGoal, planLogEntry, sportello, user } from '../../db/schema/index.js';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../../domain/checkup/questionnaire.js';
import { buildCheckupPool } from '../../domain/generate/records.js';
import { romeToday } from '../../domain/plans/calendar.js';

const DAY = 86_400_000;

/** The past journeys of Milano's demo businesses: the demo's funnel and impact are not empty. */
export const DEMO_INSIGHTS = {
  sportello: 'demo-milano',
  /** An angel of past years, who follows no one now (so no caseload, inbox or calendar shows them). */
  angel: { id: 'demo-insights-angel', email: 'angel.storico@storico.demo.affianco.it', name: 'Paolo Storico (demo)' },
  names: ['Ferramenta', 'Cartoleria', 'Trattoria', 'Parrucchiera', 'Gelateria', 'Fioraio', 'Ottica', 'Lavanderia', 'Enoteca', 'Sartoria'].map((n) => `${n} Storica (demo)`),
} as const;

const AREAS = [['marketing', 'communication'], ['finance'], ['ecommerce', 'marketing'], ['organisation'], ['marketing'], ['communication'], ['finance', 'strategy'], ['marketing'], ['ecommerce'], ['organisation', 'finance']];
const ATECO = ['47', '47', '56', '96', '56', '47', '47', '96', '47', '14'];
const RATINGS = [5, 4, 4, 5, 3, 4, 5];
const UNITS = ['clienti', 'recensioni', 'ordini', 'EUR', 'visite'];

/**
 * Ten Milano businesses with their path over the last year, all in the past and all closed: an
 * ascolto each (closed), nine check-ups, seven held meetings with a rating and a T1 check-up three
 * months after the first, five plans with a goal (three reached), logged hours and one "noleggia un
 * manager" engagement. Dates follow `now`. Runs once: the first business found means done.
 * @example await seedDemoInsights(db);
 */
export async function seedDemoInsights(db: TDb, now = new Date()): Promise<void> {
  const [desk] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, DEMO_INSIGHTS.sportello));
  if (!desk) return;
  const [done] = await db.select({ id: business.id }).from(business).where(eq(business.name, DEMO_INSIGHTS.names[0]!));
  if (done) return;
  const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;
  const pool = buildCheckupPool(15, DEMO_INSIGHTS.names.length, questionnaire);
  const ago = (days: number, hour = 10) => new Date(now.getTime() - days * DAY + (hour - 12) * 3_600_000);

  await db.transaction(async (tx) => {
    await tx.insert(user).values({ id: DEMO_INSIGHTS.angel.id, email: DEMO_INSIGHTS.angel.email, name: DEMO_INSIGHTS.angel.name, emailVerified: true }).onConflictDoNothing();
    for (const [i, name] of DEMO_INSIGHTS.names.entries()) {
      const contact = 330 - i * 25;
      const [b] = await tx.insert(business).values({ name, comuneIstat: '015146', sportelloId: desk.id, atecoDivision: ATECO[i]!, employees: 1 + (i % 4), createdAt: ago(contact) }).returning({ id: business.id });
      const businessId = b!.id;
      await tx.insert(intakeRequest).values({
        sportelloId: desk.id, comuneIstat: '015146', atecoDivision: ATECO[i]!, businessName: name, text: 'Vorrei più clienti e fare ordine nei conti.',
        proposedAreas: AREAS[i]!.map((area) => ({ area, score: 0.8, evidence: [] })), chosenAreas: AREAS[i]!, contactKind: 'callback',
        consentVersion: 'demo', consentAcceptedAt: ago(contact), businessId, status: 'closed', createdAt: ago(contact),
      });
      if (i >= 9) continue;
      const pooled = pool[i]!;
      await tx.insert(checkup).values({ businessId, round: 1, questionnaireVersion: questionnaire.version, status: 'submitted', answers: pooled.t0.answers, result: pooled.t0.result, createdAt: ago(contact - 5), updatedAt: ago(contact - 5), submittedAt: ago(contact - 5) });
      if (i >= 7) continue;
      await tx.insert(assignment).values({ businessId, angelUserId: DEMO_INSIGHTS.angel.id, sportelloId: desk.id, startedAt: ago(contact - 8), endedAt: ago(contact - 150 > 5 ? contact - 150 : 5) });
      const startsAt = ago(contact - 12, 9 + (i % 6));
      await tx.insert(meeting).values({ businessId, angelUserId: DEMO_INSIGHTS.angel.id, sportelloId: desk.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), mode: 'in_person', status: 'held', nextStep: i < 5 ? 'start_plan' : 'later', feedbackRating: RATINGS[i]!, createdAt: ago(contact - 8), updatedAt: startsAt });
      await tx.insert(checkup).values({ businessId, round: 2, questionnaireVersion: questionnaire.version, status: 'submitted', answers: pooled.t1.answers, result: pooled.t1.result, createdAt: ago(contact - 95), updatedAt: ago(contact - 95), submittedAt: ago(contact - 95) });
      if (i >= 5) continue;
      const [p] = await tx.insert(plan).values({ businessId, startedBy: DEMO_INSIGHTS.angel.id, createdAt: ago(contact - 15), updatedAt: ago(contact - 15) }).returning({ id: plan.id });
      const isReached = i < 3;
      await tx.insert(planGoal).values({
        planId: p!.id, title: 'Più clienti ogni mese', indicatorName: 'Risultato del mese', unit: UNITS[i]!, baseline: 10, target: 20, current: isReached ? 20 : 14,
        byDate: romeToday(ago(contact - 200)), status: isReached ? 'reached' : 'active', createdAt: ago(contact - 15), updatedAt: isReached ? ago(contact - 80) : ago(contact - 15),
      });
      await tx.insert(planLogEntry).values([
        { planId: p!.id, date: romeToday(ago(contact - 15)), mode: 'in_person', durationMinutes: 90, notes: 'Primo incontro sul piano.', hours: 1.5, by: DEMO_INSIGHTS.angel.id },
        { planId: p!.id, date: romeToday(ago(contact - 40)), mode: 'phone', durationMinutes: 60, notes: 'A che punto siamo.', hours: 1, by: DEMO_INSIGHTS.angel.id },
      ]);
      if (i === 0) await tx.insert(planEngagement).values({ planId: p!.id, hoursPackage: 20, hoursUsed: 2.5 });
    }
  });
}

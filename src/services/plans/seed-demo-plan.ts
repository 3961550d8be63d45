import { and, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { assignment, business, fundingCall, planAction, planGoal, user } from '../../db/schema/index.js';
import { romeToday } from '../../domain/plans/calendar.js';
import { addLogEntry } from './plan-work.js';
import { addAction, addGoal, addReading, findPlanOfBusiness, startPlan, updateAction } from './plans.js';

/** The demo's one started plan: the bakery in Bari with its angel (not the dairy, which the browser tests book from scratch). */
export const DEMO_PLAN = { business: 'Panificio Esempio (demo)', angel: 'angel.bari@demo.affianco.it' } as const;

const DAY = 86_400_000;
const dayFrom = (now: Date, days: number) => romeToday(new Date(now.getTime() + days * DAY));

/**
 * Assigns the demo angel to the bakery and starts its relaunch plan, six weeks in: two goals with
 * readings, a meeting-log entry, a few actions (one done). Dates follow today, so the plan looks
 * the same whenever the demo is seeded. A business that already has a plan is left as it is.
 * @example await seedDemoPlan(db);
 */
export async function seedDemoPlan(db: TDb, now = new Date()): Promise<void> {
  const [target] = await db.select({ id: business.id, sportelloId: business.sportelloId }).from(business).where(eq(business.name, DEMO_PLAN.business));
  const [angel] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_PLAN.angel));
  if (!target?.sportelloId || !angel) return;
  const [assigned] = await db
    .select({ id: assignment.id })
    .from(assignment)
    .where(and(eq(assignment.businessId, target.id), isNull(assignment.endedAt)));
  if (!assigned) await db.insert(assignment).values({ businessId: target.id, angelUserId: angel.id, sportelloId: target.sportelloId, assignedBy: angel.id, startedAt: new Date(now.getTime() - 49 * DAY) });
  if (await findPlanOfBusiness(db, target.id)) return;

  const plan = await startPlan(db, target.id, angel.id);
  const started = new Date(now.getTime() - 42 * DAY);
  const orders = await addGoal(
    db,
    plan.id,
    {
      title: 'Più ordini dai bar e dai ristoranti del quartiere',
      indicator: { name: 'Ordini a settimana', unit: 'ordini', baseline: 12, target: 25, byDate: dayFrom(now, 120) },
      actions: [{ title: 'Preparare un listino semplice per i locali', owner: 'angel' }],
    },
    angel.id,
    started,
  );
  await addReading(db, plan.id, orders.id, { value: 15, at: new Date(now.getTime() - 21 * DAY).toISOString() }, angel.id, now);
  await addReading(db, plan.id, orders.id, { value: 18, at: new Date(now.getTime() - 7 * DAY).toISOString() }, angel.id, now);
  const reviews = await addGoal(
    db,
    plan.id,
    { title: 'Farsi trovare su Google Maps', indicator: { name: 'Recensioni', unit: 'recensioni', baseline: 3, target: 30, byDate: dayFrom(now, 90) } },
    angel.id,
    started,
  );
  await addReading(db, plan.id, reviews.id, { value: 9, at: new Date(now.getTime() - 10 * DAY).toISOString() }, angel.id, now);

  const visit = await addAction(db, plan.id, { goalId: orders.id, title: 'Portare assaggi a cinque bar della zona', owner: 'entrepreneur', dueDate: dayFrom(now, 10) }, angel.id, started);
  await updateAction(db, plan.id, visit.id, visit.version, { status: 'done' }, angel.id, now);
  await addAction(db, plan.id, { goalId: reviews.id, title: 'Aprire la scheda Google del panificio con foto e orari', owner: 'angel', dueDate: dayFrom(now, 7) }, angel.id, now);
  await addAction(db, plan.id, { goalId: reviews.id, title: 'Chiedere una recensione ai clienti fissi, con un cartello in cassa', owner: 'entrepreneur', dueDate: dayFrom(now, 21) }, angel.id, now);

  await addLogEntry(
    db,
    plan.id,
    {
      date: dayFrom(now, -21),
      mode: 'in_person',
      durationMinutes: 60,
      notes: 'Visto il forno e il banco. Vito vende bene in negozio, ma ai locali arriva solo col passaparola.',
      decisions: 'Partiamo dai bar vicini e dalla scheda su Google Maps.',
      nextSteps: ['Listino per i locali', 'Foto del pane per la scheda'],
      hours: 1,
    },
    angel.id,
    { isCoordinator: false, today: romeToday(now) },
  );
}

/**
 * The demo plan's action about a call for funding: the bakery asks its bank for a loan for a new
 * oven, backed by the Fondo di Garanzia per le PMI (a real national call of the snapshot, ID 148,
 * open until 31 December 2026, so still open in the demo's December).
 */
export const DEMO_PLAN_CALL = {
  goal: 'Più ordini dai bar e dai ristoranti del quartiere',
  action: 'Chiedere in banca il prestito per il forno nuovo, con la garanzia del Fondo per le PMI',
  callTitle: 'Fondo di Garanzia per le Piccole e Medie Imprese',
} as const;

/**
 * Adds to the bakery's demo plan one action linked to a real call for funding. Runs after the
 * catalogue is in (seedDemoFunding); a second run adds nothing (the action is found by its
 * title, and keeps whatever link the two gave it since). Without the plan or the call, nothing.
 * @example await seedDemoPlanCall(db);
 */
export async function seedDemoPlanCall(db: TDb, now = new Date()): Promise<void> {
  const [target] = await db.select({ id: business.id }).from(business).where(eq(business.name, DEMO_PLAN.business));
  const [angel] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_PLAN.angel));
  if (!target || !angel) return;
  const plan = await findPlanOfBusiness(db, target.id);
  if (!plan) return;
  const [call] = await db
    .select({ id: fundingCall.id })
    .from(fundingCall)
    .where(and(eq(fundingCall.source, 'incentivi'), eq(fundingCall.title, DEMO_PLAN_CALL.callTitle), isNull(fundingCall.sportelloId)));
  const [goal] = await db.select({ id: planGoal.id }).from(planGoal).where(and(eq(planGoal.planId, plan.id), eq(planGoal.title, DEMO_PLAN_CALL.goal)));
  if (!call || !goal) return;
  const [existing] = await db.select({ id: planAction.id }).from(planAction).where(and(eq(planAction.planId, plan.id), eq(planAction.title, DEMO_PLAN_CALL.action)));
  if (existing) return;
  await addAction(db, plan.id, { goalId: goal.id, title: DEMO_PLAN_CALL.action, owner: 'entrepreneur', dueDate: dayFrom(now, 14), linkedCallId: call.id }, angel.id, now);
}

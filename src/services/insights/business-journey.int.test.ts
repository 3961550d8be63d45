import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planGoal } from '../../db/schema/index.js';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../../domain/checkup/questionnaire.js';
import { readPeriod } from '../../domain/insights/period.js';
import { FUNNEL_BREAKDOWNS, type TFunnelResult, type TInsightsScope } from '../../domain/insights/types.js';
import { CONSENT_VERSION } from '../../shared/consent.js';
import { createTestApp, type TTestApp } from '../../test/app.js';
import { makeAngel, makeSportello, makeUser } from '../../test/factories.js';
import { freeSlotsOf } from '../angels/availability.js';
import { startCheckup, submitCheckup } from '../checkup/checkups.js';
import { turnIntoBusiness } from '../inbox/inbox-actions.js';
import { submitIntake, type TIntakeInput } from '../intake/submit-intake.js';
import { ensureAssignment } from '../matching/assignments.js';
import { bookMeeting, cancelMeeting, recordOutcome, type TMeetingDeps } from '../meetings/meetings.js';
import { updateBusiness } from '../network/businesses.js';
import { addGoal, startPlan, updateGoal } from '../plans/plans.js';
import { funnelFor } from './funnel.js';
import { funnelLiveFor } from './funnel-live.js';

/**
 * The kept journeys (business_journey, migration 0021) written through the app's own services,
 * step by step and undone again, always equal to what the step tables say, and the funnel read
 * from them always equal to the live funnel.
 */

let t: TTestApp;
let deskA: string;
let deskB: string;
let angelId: string;
let coordId: string;
let meetings: TMeetingDeps;
const period = (() => {
  const read = readPeriod({}, new Date(Date.now() + 40 * 86_400_000));
  if (!read.ok) throw new Error('period');
  return read.period;
})();
const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;
const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, q.options[1]!.id]));

type TJourney = {
  sportello_id: string | null; sector: string | null; contact_at: string | null; ascolto_at: string | null; areas: unknown;
  checkup_at: string | null; meeting_at: string | null; plan_at: string | null; goal_at: string | null; angel_user_id: string | null;
};

/** The journey row as kept, and as the step tables say it should be (the live definition). */
async function journeyOf(businessId: string): Promise<{ kept: TJourney | undefined; live: TJourney | undefined }> {
  const columns = sql`sportello_id::text, sector, contact_at::text, ascolto_at::text, areas, checkup_at::text, meeting_at::text, plan_at::text, goal_at::text, angel_user_id`;
  const kept = await t.db.execute<TJourney>(sql`select ${columns} from business_journey where business_id = ${businessId}::uuid`);
  const live = await t.db.execute<TJourney>(sql`
    select ${columns} from (
      select b.sportello_id, b.ateco_division as sector, least(b.created_at, fr.created_at) as contact_at, fr.created_at as ascolto_at, fr.chosen_areas as areas,
        (select min(k.submitted_at) from checkup k where k.business_id = b.id and k.status = 'submitted') as checkup_at,
        (select min(m.starts_at) from meeting m where m.business_id = b.id and m.status = 'held') as meeting_at,
        p.created_at as plan_at,
        (select min(g.updated_at) from plan_goal g where g.plan_id = p.id and g.status = 'reached') as goal_at,
        (select a.angel_user_id from assignment a where a.business_id = b.id order by a.started_at, a.id limit 1) as angel_user_id
      from business b
      left join lateral (select r.created_at, r.chosen_areas from intake_request r where r.business_id = b.id order by r.created_at, r.id limit 1) fr on true
      left join plan p on p.business_id = b.id
      where b.id = ${businessId}::uuid
    ) x`);
  return { kept: kept.rows[0], live: live.rows[0] };
}

async function expectJourneyRight(businessId: string): Promise<TJourney> {
  const { kept, live } = await journeyOf(businessId);
  expect(kept).toBeDefined();
  expect(kept).toEqual(live);
  return kept!;
}

const withoutClock = (f: TFunnelResult | null) => (f ? { ...f, computedAt: null } : null);

/** funnelFor over kept journeys = the live funnel, for every breakdown. */
async function expectFunnelsAgree(scope: TInsightsScope) {
  for (const by of FUNNEL_BREAKDOWNS) {
    const kept = await funnelFor(t.db, { scope, ...period, by });
    const live = await funnelLiveFor(t.db, { scope, ...period, by });
    expect(withoutClock(kept), `by ${by}`).toEqual(withoutClock(live));
  }
}

const counts = async (sportelloId: string) => (await funnelFor(t.db, { scope: { sportelloId }, ...period }))!.total.steps.map((s) => s.count);

const intake = (over: Partial<TIntakeInput>): TIntakeInput => ({
  comuneIstat: '015146',
  atecoDivision: '47',
  text: 'Vorrei più clienti nel negozio e non so come farmi trovare su internet.',
  chosenAreas: ['marketing', 'communication'],
  contact: { kind: 'callback', name: 'Giulia', phone: '+39 333 0000000', email: null },
  consent: { version: CONSENT_VERSION, accepted: true },
  locale: 'it',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  deskA = (await makeSportello(t.db, ['015'])).id;
  deskB = (await makeSportello(t.db, ['058'])).id;
  angelId = (await makeAngel(t.db, deskA)).id;
  coordId = (await makeUser(t.db)).id;
  meetings = { db: t.db, mailer: t.deps.mailer, logger: t.deps.logger, baseUrl: 'http://localhost:3999' };
});
afterAll(() => t.close());

describe('the kept journey of a business, through the services', () => {
  let businessId: string;

  it('starts at the ascolto of a signed-in entrepreneur, with the business it creates', async () => {
    const owner = await makeUser(t.db);
    const sent = (await submitIntake(t.db, intake({ contact: { kind: 'account', email: owner.email } }), 'journey-1', owner.id)).body;
    businessId = sent.businessId!;
    const j = await expectJourneyRight(businessId);
    expect(j).toMatchObject({ sportello_id: deskA, sector: '47', areas: ['marketing', 'communication'] });
    expect(j.ascolto_at).not.toBeNull();
    expect(await counts(deskA)).toEqual([1, 1, 0, 0, 0, 0]);
    await expectFunnelsAgree({ sportelloId: deskA });
  });

  it('follows the check-up, the angel, the held meeting, the plan and a goal reached', async () => {
    const draft = await startCheckup(t.db, businessId, coordId);
    expect((await expectJourneyRight(businessId)).checkup_at).toBeNull(); // a draft is no step
    await submitCheckup(t.db, draft.id, answers);
    await ensureAssignment(t.db, businessId, angelId, coordId);
    const [slot] = await freeSlotsOf(t.db, angelId, new Date(), new Date(Date.now() + 7 * 86_400_000));
    const meetingId = await bookMeeting(meetings, { businessId, angelUserId: angelId, startsAt: slot!.start, endsAt: slot!.end, mode: 'phone', bookedBy: coordId });
    expect((await expectJourneyRight(businessId)).meeting_at).toBeNull(); // booked is not held
    const after = { ...meetings, now: () => new Date(slot!.end.getTime() + 3_600_000) };
    await recordOutcome(after, meetingId, { isHeld: true, notes: null, nextStep: 'start_plan' });
    const p = await startPlan(t.db, businessId, angelId);
    const goal = await addGoal(t.db, p.id, { title: 'Più clienti', indicator: { name: 'clienti al mese', unit: 'clienti', baseline: 10, target: 20, byDate: '2027-06-30' } }, angelId);
    await updateGoal(t.db, p.id, goal.id, goal.version, { status: 'reached' }, angelId);
    const j = await expectJourneyRight(businessId);
    expect(j.angel_user_id).toBe(angelId);
    expect(new Date(j.meeting_at!).getTime()).toBe(slot!.start.getTime());
    expect(j.goal_at).not.toBeNull();
    expect(await counts(deskA)).toEqual([1, 1, 1, 1, 1, 1]);
    await expectFunnelsAgree({ sportelloId: deskA });

    // Undone: the goal reopened, then reached again; the meeting's outcome corrected to not held.
    const [row] = await t.db.select().from(planGoal).where(eq(planGoal.id, goal.id));
    await updateGoal(t.db, p.id, goal.id, row!.version, { status: 'active' }, angelId);
    expect((await expectJourneyRight(businessId)).goal_at).toBeNull();
    expect(await counts(deskA)).toEqual([1, 1, 1, 1, 1, 0]);
    await updateGoal(t.db, p.id, goal.id, row!.version + 1, { status: 'reached' }, angelId);
    expect((await expectJourneyRight(businessId)).goal_at).not.toBeNull();
    await recordOutcome(after, meetingId, { isHeld: false, notes: null, nextStep: null });
    expect((await expectJourneyRight(businessId)).meeting_at).toBeNull();
    expect(await counts(deskA)).toEqual([1, 1, 1, 0, 0, 0]);
    await expectFunnelsAgree({ sportelloId: deskA });
  });

  it('ignores a meeting booked then cancelled, and counts the next one held', async () => {
    const slots = await freeSlotsOf(t.db, angelId, new Date(), new Date(Date.now() + 7 * 86_400_000));
    const cancelled = await bookMeeting(meetings, { businessId, angelUserId: angelId, startsAt: slots[2]!.start, endsAt: slots[2]!.end, mode: 'phone', bookedBy: coordId });
    await cancelMeeting(meetings, cancelled, coordId, null);
    expect((await expectJourneyRight(businessId)).meeting_at).toBeNull();
    const held = await bookMeeting(meetings, { businessId, angelUserId: angelId, startsAt: slots[4]!.start, endsAt: slots[4]!.end, mode: 'phone', bookedBy: coordId });
    await recordOutcome({ ...meetings, now: () => new Date(slots[4]!.end.getTime() + 60_000) }, held, { isHeld: true, notes: null, nextStep: null });
    expect((await expectJourneyRight(businessId)).meeting_at).not.toBeNull();
    expect(await counts(deskA)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('moves with the business to another sportello', async () => {
    await updateBusiness(t.db, businessId, { comuneIstat: '058091' });
    expect((await expectJourneyRight(businessId)).sportello_id).toBe(deskB);
    expect(await counts(deskA)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await counts(deskB)).toEqual([1, 1, 1, 1, 1, 1]);
    await expectFunnelsAgree({ sportelloId: deskB });
    await expectFunnelsAgree({ network: true });
  });
});

describe('a request linked to a business later', () => {
  it('is one case before and after: its own until the desk turns it into a business, then the business', async () => {
    const before = await counts(deskA);
    const sent = (await submitIntake(t.db, intake({ chosenAreas: ['finance'], contact: { kind: 'callback', name: 'Marco', phone: '+39 333 1111111', email: 'marco@example.test' } }), 'journey-2', null)).body;
    expect(sent.businessId).toBeNull();
    expect((await counts(deskA))[1]).toBe(before[1]! + 1);
    await expectFunnelsAgree({ sportelloId: deskA });
    const { businessId } = await turnIntoBusiness({ db: t.db, mailer: t.deps.mailer, baseUrl: 'http://localhost:3999' }, sent.id, coordId);
    const j = await expectJourneyRight(businessId);
    // The first contact is the request's, earlier than the business made from it.
    expect(j.contact_at).toBe(j.ascolto_at);
    expect(j.areas).toEqual(['finance']);
    expect((await counts(deskA))[1]).toBe(before[1]! + 1);
    await expectFunnelsAgree({ sportelloId: deskA });
    await expectFunnelsAgree({ network: true });
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, business } from '../../../db/schema/index.js';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../../../domain/checkup/questionnaire.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { inkedShareOfFirstPage } from '../../../test/pdf.js';

let t: TTestApp;
let ownerCookie: string;
let businessId: string;
let sportelloId: string;
let coordCookie: string;
const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;

/** Answers every question: option `pick(i)` of each, "non so" where asked. */
function allAnswers(pick: (options: number) => number, dontKnowEvery = 0) {
  return Object.fromEntries(
    questionnaire.questions.map((q, i) => [q.id, dontKnowEvery && i % dontKnowEvery === 0 ? 'dont_know' : q.options[pick(q.options.length)]!.id]),
  );
}

async function startCheckup(cookie: string, id = businessId) {
  const res = await t.call('POST', `/api/businesses/${id}/checkups`, { cookie });
  return { res, body: (await res.json()) as { id: string; round: number; status: string; answers: Record<string, string> } };
}

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['098']);
  sportelloId = desk.id;
  const owner = await makeUser(t.db);
  const biz = await makeBusiness(t.db, owner.id, desk.id, '098031');
  await t.db.update(business).set({ atecoDivision: '10' }).where(eq(business.id, biz.id));
  businessId = biz.id;
  ownerCookie = await t.signIn(owner.email);
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, desk.id, 'coordinator');
  coordCookie = await t.signIn(coord.email);
});
afterAll(() => t.close());

describe('the questionnaire', () => {
  it('is served as versioned data without the points behind the answers', async () => {
    const res = await t.call('GET', '/api/checkup/questionnaire');
    const body = (await res.json()) as { version: string; questions: { options: Record<string, unknown>[] }[]; sections: unknown[] };
    expect(body.version).toBe(CURRENT_QUESTIONNAIRE_VERSION);
    expect(body.sections).toHaveLength(12);
    expect(body.questions.length).toBeGreaterThanOrEqual(25);
    expect(body.questions.length).toBeLessThanOrEqual(32);
    expect(JSON.stringify(body)).not.toContain('"points"');
  });
});

describe('taking the check-up (T0)', () => {
  let checkupId: string;

  it('opens a draft and resumes the same one from another device', async () => {
    const first = await startCheckup(ownerCookie);
    expect(first.body).toMatchObject({ round: 1, status: 'draft', answers: {} });
    checkupId = first.body.id;
    expect((await startCheckup(ownerCookie)).body.id).toBe(checkupId);
  });

  it('saves answers as they come and refuses tampered ones without storing anything', async () => {
    const [q1, q2] = questionnaire.questions;
    const ok = await t.call('PUT', `/api/checkups/${checkupId}/answers`, { cookie: ownerCookie, body: { answers: { [q1!.id]: q1!.options[1]!.id } } });
    expect(ok.status).toBe(200);
    for (const answers of [{ 'not-a-question': 'a' }, { [q2!.id]: 'z' }, { [q2!.id]: 'b', 'xyz-nope': 'a' }]) {
      const bad = await t.call('PUT', `/api/checkups/${checkupId}/answers`, { cookie: ownerCookie, body: { answers } });
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { code: string }).code).toBe('checkup.invalid_answers');
    }
    const now = (await (await t.call('GET', `/api/checkups/${checkupId}`, { cookie: ownerCookie })).json()) as { answers: Record<string, string> };
    expect(now.answers).toEqual({ [q1!.id]: q1!.options[1]!.id });
  });

  it('refuses to finish while questions are unanswered, naming them', async () => {
    const res = await t.call('POST', `/api/checkups/${checkupId}/submit`, { cookie: ownerCookie, body: {} });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.length).toBe(questionnaire.questions.length - 1);
    expect(problem.errors[0]!.message).toBe('missing');
  });

  it('finishes with every answer ("non so" allowed) and reports level, priorities and scores', async () => {
    const res = await t.call('POST', `/api/checkups/${checkupId}/submit`, { cookie: ownerCookie, body: { answers: allAnswers(() => 0, 5) } });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { result: { level: { step: number }; priorities: unknown[]; dontKnow: number; overall: number }; previous: unknown; peers: unknown };
    expect(report.result.level.step).toBe(1);
    expect(report.result.priorities).toHaveLength(3);
    expect(report.result.dontKnow).toBeGreaterThan(0);
    expect(report.previous).toBeNull();
    expect(report.peers).toBeNull();
    const again = await t.call('PUT', `/api/checkups/${checkupId}/answers`, { cookie: ownerCookie, body: { answers: {} } });
    expect(again.status).toBe(409);
  });

  it('renders a PDF whose first page is not blank', async () => {
    const res = await t.call('GET', `/api/checkups/${checkupId}/report.pdf?lang=it`, { cookie: ownerCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(inkedShareOfFirstPage(await res.arrayBuffer())).toBeGreaterThan(0.02);
  });
});

describe('re-taking it (T1)', () => {
  it('shows the change since the first time', async () => {
    const { body: second } = await startCheckup(ownerCookie);
    expect(second.round).toBe(2);
    const res = await t.call('POST', `/api/checkups/${second.id}/submit`, { cookie: ownerCookie, body: { answers: allAnswers((n) => n - 1) } });
    const report = (await res.json()) as { result: { overall: number }; previous: { round: number; result: { overall: number } }; deltas: { overall: number } };
    expect(report.previous.round).toBe(1);
    expect(report.deltas.overall).toBe(report.result.overall - report.previous.result.overall);
    expect(report.deltas.overall).toBeGreaterThan(0);
    const list = (await (await t.call('GET', `/api/businesses/${businessId}/checkups`, { cookie: ownerCookie })).json()) as { items: { round: number; status: string }[] };
    expect(list.items.map((i) => [i.round, i.status])).toEqual([
      [2, 'submitted'],
      [1, 'submitted'],
    ]);
  });
});

describe('similar businesses', () => {
  it('are compared only when at least five exist, and never named', async () => {
    const report = async () => {
      const list = (await (await t.call('GET', `/api/businesses/${businessId}/checkups`, { cookie: ownerCookie })).json()) as { items: { id: string }[] };
      return (await (await t.call('GET', `/api/checkups/${list.items[0]!.id}/report`, { cookie: ownerCookie })).json()) as { peers: { n: number } | null };
    };
    for (let i = 0; i < 5; i++) {
      const u = await makeUser(t.db);
      // Same division (10) and region (Lombardia: Milano is 015).
      const other = await makeBusiness(t.db, u.id, sportelloId, '015146');
      await t.db.update(business).set({ atecoDivision: '10', name: `Segreto ${i}` }).where(eq(business.id, other.id));
      const cookie = await t.signIn(u.email);
      const { body } = await startCheckup(cookie, other.id);
      await t.call('POST', `/api/checkups/${body.id}/submit`, { cookie, body: { answers: allAnswers((n) => Math.min(2, n - 1)) } });
      const seen = await report();
      if (i < 4) expect(seen.peers).toBeNull();
      else {
        expect(seen.peers?.n).toBe(5);
        expect(JSON.stringify(seen)).not.toContain('Segreto');
      }
    }
  });
});

describe('who may see and fill a check-up', () => {
  it('the coordinator reads but does not answer; strangers and other desks get 404; an angel only while assigned', async () => {
    const list = (await (await t.call('GET', `/api/businesses/${businessId}/checkups`, { cookie: ownerCookie })).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    expect((await t.call('GET', `/api/checkups/${id}/report`, { cookie: coordCookie })).status).toBe(200);
    expect((await t.call('POST', `/api/businesses/${businessId}/checkups`, { cookie: coordCookie })).status).toBe(403);

    const stranger = await makeUser(t.db);
    const strangerCookie = await t.signIn(stranger.email);
    expect((await t.call('GET', `/api/checkups/${id}/report`, { cookie: strangerCookie })).status).toBe(404);
    expect((await t.call('GET', `/api/checkups/${id}/report.pdf`, { cookie: strangerCookie })).status).toBe(404);
    expect((await t.call('POST', `/api/businesses/${businessId}/checkups`, { cookie: strangerCookie })).status).toBe(404);

    const otherDesk = await makeSportello(t.db, ['091']);
    const otherCoord = await makeUser(t.db);
    await addMember(t.db, otherCoord.id, otherDesk.id, 'coordinator');
    expect((await t.call('GET', `/api/checkups/${id}`, { cookie: await t.signIn(otherCoord.email) })).status).toBe(404);

    const angel = await makeUser(t.db);
    await addMember(t.db, angel.id, sportelloId, 'angel');
    const angelCookie = await t.signIn(angel.email);
    expect((await t.call('GET', `/api/checkups/${id}/report`, { cookie: angelCookie })).status).toBe(404);
    const [assigned] = await t.db.insert(assignment).values({ businessId, angelUserId: angel.id, sportelloId }).returning();
    expect((await t.call('GET', `/api/checkups/${id}/report`, { cookie: angelCookie })).status).toBe(200);
    await t.db.update(assignment).set({ endedAt: new Date() }).where(eq(assignment.id, assigned!.id));
    expect((await t.call('GET', `/api/checkups/${id}/report`, { cookie: angelCookie })).status).toBe(404);
  });
});

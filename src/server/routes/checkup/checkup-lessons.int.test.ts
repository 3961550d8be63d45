import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checkup, user } from '../../../db/schema/index.js';
import { CURRENT_QUESTIONNAIRE_VERSION } from '../../../domain/checkup/questionnaire.js';
import { LEVELS, type TCheckupResult } from '../../../domain/checkup/score.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { makeLesson } from '../../../test/lessons.js';
import { pdfText } from '../../../test/pdf.js';

let t: TTestApp;
let ownerCookie: string;
let checkupId: string;
let ownerId: string;

type TReportLessons = { priorityLessons: { section: string; lessons: { slug: string; title: string; language: string; minutes: number; level: string; summary: string }[] }[] };

/** A submitted check-up "in cammino" (step 2) whose priorities are strategy, communication and green. */
function resultWith(step: 1 | 2 | 3 | 4): TCheckupResult {
  const level = LEVELS[step - 1]!;
  const scores = { strategy: 10, communication: 20, green: 30 };
  return {
    version: CURRENT_QUESTIONNAIRE_VERSION,
    areas: { strategy: 10, marketing: 60, communication: 20, organisation: 60, finance: 60, innovation: 60 },
    dimensions: { digital_strategy: 60, digital_readiness: 60, human_centric: 60, data_management: 60, automation_ai: 60, green: 30 },
    overall: level.min,
    level: { step: level.step, key: level.key, name: level.name },
    priorities: (Object.keys(scores) as (keyof typeof scores)[]).map((section) => ({ section, score: scores[section], reason: { it: 'perché', en: 'why' } })),
    answered: 40,
    dontKnow: 0,
    total: 40,
  } as TCheckupResult;
}

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['072']);
  const other = await makeSportello(t.db, ['075']);
  const owner = await makeUser(t.db);
  const biz = await makeBusiness(t.db, owner.id, desk.id, '072006');
  ownerCookie = await t.signIn(owner.email);
  ownerId = owner.id;
  const [row] = await t.db
    .insert(checkup)
    .values({ businessId: biz.id, round: 1, questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, status: 'submitted', result: resultWith(2), submittedAt: new Date() })
    .returning();
  checkupId = row!.id;

  await makeLesson(t.db, { slug: 'strategia-primi-passi', areas: ['strategy'], level: 'first_steps', title: 'Strategia: primi passi' });
  await makeLesson(t.db, { slug: 'strategia-in-cammino', areas: ['strategy', 'finance'], level: 'on_the_way', title: 'Strategia in cammino', minutes: 6 });
  await makeLesson(t.db, { slug: 'strategia-avanzata', areas: ['strategy'], level: 'advanced', title: 'Strategia avanzata' });
  await makeLesson(t.db, { slug: 'strategia-bozza', areas: ['strategy'], level: 'on_the_way', status: 'draft', title: 'Bozza' });
  await makeLesson(t.db, { slug: 'strategia-altro-sportello', areas: ['strategy'], level: 'on_the_way', sportelloId: other.id, title: 'Di un altro sportello' });
  const group = crypto.randomUUID();
  await makeLesson(t.db, { slug: 'mappe', areas: ['communication'], level: 'on_the_way', title: 'Fatti trovare sulle mappe', translationGroup: group });
  await makeLesson(t.db, { slug: 'mappe', language: 'en', areas: ['communication'], level: 'on_the_way', title: 'Get found on maps', translationGroup: group });
  await makeLesson(t.db, { slug: 'luce', areas: ['green'], level: 'first_steps', title: 'Spendere meno per la luce' });
});
afterAll(() => t.close());

describe('the check-up report points to lessons under "Da dove partire"', () => {
  it('lists, per priority, published lessons of its areas at the business level first, then the nearest (the easier one first)', async () => {
    const res = await t.call('GET', `/api/checkups/${checkupId}/report`, { cookie: ownerCookie, headers: { 'accept-language': 'it' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TReportLessons;
    expect(body.priorityLessons.map((p) => [p.section, p.lessons.map((l) => l.slug)])).toEqual([
      ['strategy', ['strategia-in-cammino', 'strategia-primi-passi']],
      ['communication', ['mappe']],
      ['green', ['luce']],
    ]);
    expect(body.priorityLessons[0]!.lessons[0]).toEqual({ slug: 'strategia-in-cammino', language: 'it', title: 'Strategia in cammino', summary: 'In breve: Strategia in cammino.', minutes: 6, level: 'on_the_way' });
  });

  it('gives the lessons in the reader’s language, Italian when a lesson is not translated', async () => {
    // A signed-in person reads in the language they chose (saved on their account).
    await t.db.update(user).set({ locale: 'en' }).where(eq(user.id, ownerId));
    const res = await t.call('GET', `/api/checkups/${checkupId}/report`, { cookie: ownerCookie });
    await t.db.update(user).set({ locale: 'it' }).where(eq(user.id, ownerId));
    const body = (await res.json()) as TReportLessons;
    const communication = body.priorityLessons.find((p) => p.section === 'communication')!;
    expect(communication.lessons.map((l) => [l.title, l.language])).toEqual([['Get found on maps', 'en']]);
    expect(body.priorityLessons.find((p) => p.section === 'green')!.lessons.map((l) => l.language)).toEqual(['it']);
  });

  it('lists the lesson titles with their addresses in the PDF', async () => {
    const res = await t.call('GET', `/api/checkups/${checkupId}/report.pdf?lang=it`, { cookie: ownerCookie });
    expect(res.status).toBe(200);
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Strategia in cammino');
    expect(text).toContain('/lezioni/strategia-in-cammino');
  });
});

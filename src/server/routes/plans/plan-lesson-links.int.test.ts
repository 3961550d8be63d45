import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, lesson, user } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { makeLesson } from '../../../test/lessons.js';

let t: TTestApp;
let ownerCookie: string;
let ownerId: string;
let angelCookie: string;
let planId: string;
let goalId: string;
let bizId: string;

type TView = { actions: { id: string; title: string; linkedLessonId: string | null; version: number }[]; lessons: { slug: string; title: string }[]; abilities: { suggestLesson: boolean } };
const soon = () => new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const planView = async (cookie = ownerCookie) => (await (await t.call('GET', `/api/businesses/${bizId}/plan`, { cookie })).json()) as TView;
const addAction = (title: string, linkedLessonId: string | null) => t.call('POST', `/api/plans/${planId}/actions`, { cookie: angelCookie, body: { goalId, title, owner: 'entrepreneur', linkedLessonId } });

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['072']);
  const owner = await makeUser(t.db);
  ownerId = owner.id;
  const biz = await makeBusiness(t.db, owner.id, desk.id, '072006');
  bizId = biz.id;
  ownerCookie = await t.signIn(owner.email);
  const angel = await makeAngel(t.db, desk.id, { comuneIstat: '072006' });
  await t.db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
  angelCookie = await t.signIn(angel.email);
  planId = ((await (await t.call('POST', `/api/businesses/${biz.id}/plan`, { cookie: angelCookie })).json()) as { plan: { id: string } }).plan.id;
  goalId = ((await (await t.call('POST', `/api/plans/${planId}/goals`, { cookie: angelCookie, body: { title: 'Più clienti dal quartiere', indicator: { name: 'clienti', unit: 'clienti', baseline: 10, target: 30, byDate: soon() } } })).json()) as { id: string }).id;
  const group = crypto.randomUUID();
  await makeLesson(t.db, { slug: 'fatti-trovare-sulle-mappe', title: 'Fatti trovare sulle mappe', translationGroup: group });
  await makeLesson(t.db, { slug: 'fatti-trovare-sulle-mappe', language: 'en', title: 'Get found on maps', translationGroup: group });
  await makeLesson(t.db, { slug: 'lezione-in-bozza', status: 'draft' });
});
afterAll(() => t.close());

describe('a plan action links a lesson', () => {
  it('refuses a code that is no published lesson next to the field, and saves nothing', async () => {
    for (const slug of ['non-esiste', 'lezione-in-bozza']) {
      const res = await addAction('Leggi la lezione', slug);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'linkedLessonId', message: 'unknown_lesson' }]);
    }
    expect((await planView()).actions).toEqual([]);
  });

  it('keeps accepting a web address of a template', async () => {
    expect((await addAction('Compila il listino', 'https://www.example.org/modelli/listino.xlsx')).status).toBe(201);
  });

  it('gives the titles of the linked lessons in the plan view, in the reader’s language', async () => {
    expect((await addAction('Apri la scheda sulle mappe', 'fatti-trovare-sulle-mappe')).status).toBe(201);
    const view = await planView();
    expect(view.lessons).toEqual([{ slug: 'fatti-trovare-sulle-mappe', title: 'Fatti trovare sulle mappe' }]);
    await t.db.update(user).set({ locale: 'en' }).where(eq(user.id, ownerId));
    expect((await planView()).lessons).toEqual([{ slug: 'fatti-trovare-sulle-mappe', title: 'Get found on maps' }]);
    await t.db.update(user).set({ locale: 'it' }).where(eq(user.id, ownerId));
  });

  it('checks a changed link, but lets an action whose lesson was retired since be ticked off', async () => {
    const view = await planView();
    const linked = view.actions.find((a) => a.linkedLessonId === 'fatti-trovare-sulle-mappe')!;
    const bad = await t.call('PATCH', `/api/plans/${planId}/actions/${linked.id}`, { cookie: angelCookie, body: { version: linked.version, linkedLessonId: 'non-esiste' } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'linkedLessonId', message: 'unknown_lesson' }]);
    await t.db.update(lesson).set({ status: 'retired' }).where(eq(lesson.slug, 'fatti-trovare-sulle-mappe'));
    const done = await t.call('PATCH', `/api/plans/${planId}/actions/${linked.id}`, { cookie: ownerCookie, body: { version: linked.version, status: 'done' } });
    expect(done.status).toBe(200);
    expect((await planView()).lessons).toEqual([]);
  });

  it('says who may suggest lessons from the plan: the angel, not the entrepreneur', async () => {
    expect((await planView(angelCookie)).abilities.suggestLesson).toBe(true);
    expect((await planView()).abilities.suggestLesson).toBe(false);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, lessonSuggestion, planAction } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { seedDemo } from '../network/seed-demo.js';
import { DEMO_LESSON_LINKS } from './seed-demo-lesson-links.js';
import { listLessonSuggestions } from './lesson-suggestions.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  await seedDemo(t.db);
});
afterAll(() => t.drop());

describe('the demo’s lessons where people need them', () => {
  it('links a lesson to one action of the bakery’s plan, once', async () => {
    const linked = await t.db.select({ title: planAction.title, link: planAction.linkedLessonId }).from(planAction).where(eq(planAction.linkedLessonId, DEMO_LESSON_LINKS.actionLesson));
    expect(linked).toEqual([{ title: DEMO_LESSON_LINKS.action, link: DEMO_LESSON_LINKS.actionLesson }]);
  });

  it('has the angel suggest one lesson to the bakery, once, and never again once hidden', async () => {
    const [bakery] = await t.db.select({ id: business.id }).from(business).where(eq(business.name, 'Panificio Esempio (demo)'));
    const items = await listLessonSuggestions(t.db, bakery!.id, 'it');
    expect(items.map((i) => [i.lesson.slug, i.note, i.suggestedBy?.name])).toEqual([[DEMO_LESSON_LINKS.suggestedLesson, DEMO_LESSON_LINKS.note, 'Rosa Angel (demo)']]);
    await t.db.update(lessonSuggestion).set({ dismissedAt: new Date() }).where(eq(lessonSuggestion.businessId, bakery!.id));
    await seedDemo(t.db);
    expect(await listLessonSuggestions(t.db, bakery!.id, 'it')).toEqual([]);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/db.js';
import { seedDemo } from '../../network/seed-demo.js';
import { getThreadView } from './get-thread.js';
import { listThreads } from './list-threads.js';
import { loadThread } from './thread-access.js';
import { seedDemoThreads } from './seed-demo-threads.js';

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.drop());

describe('the demo discussions', () => {
  it('has one solved question with its lesson and plan action, one question unanswered for over 48 hours, one story', async () => {
    const { db } = database;
    const solved = await listThreads(db, { tab: 'solved' }, null);
    expect(solved.items.map((i) => i.title)).toEqual(['Come mi faccio trovare su Google Maps?']);
    const view = await getThreadView(db, await loadThread(db, { slug: 'come-mi-faccio-trovare-su-google-maps-demo1' }), { userId: null, isModerator: false });
    expect(view.solution?.author?.role).toBe('angel');
    expect(view.lessons.map((l) => l.slug)).toEqual(['fatti-trovare-sulle-mappe']);
    expect(view.planActions).toHaveLength(1);
    expect(view.meTooCount).toBe(2);
    const waiting = (await listThreads(db, { tab: 'unanswered' }, null)).items;
    expect(waiting.map((i) => i.title)).toEqual(['Booking mi prende il 18%: conviene far prenotare direttamente?']);
    expect(Date.now() - new Date(waiting[0]!.createdAt).getTime()).toBeGreaterThan(48 * 3_600_000);
    expect((await listThreads(db, {}, null)).items.filter((i) => i.kind === 'story')).toHaveLength(1);
  });

  it('changes nothing on a second run', async () => {
    const count = async () => (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from community_post`)).rows[0]!.n;
    const before = await count();
    await seedDemoThreads(database.db);
    expect(await count()).toBe(before);
  });
});

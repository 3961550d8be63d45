import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityPost } from '../db/schema/index.js';
import type { TActor } from '../domain/network/actor.js';
import { createThread } from '../services/community/threads/create-thread.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../test/app.js';
import { addMember, makeSportello, makeUser } from '../test/factories.js';

// The thread page's reply form as the browser posts it without the app (community-forms.ts).
let t: TTestApp;
let slug = '';
let threadId = '';
const cookies: Record<'angel' | 'fresh', string> = { angel: '', fresh: '' };

const actorOf = (userId: string): TActor => ({ userId, isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [] });
const postForm = (fields: Record<string, string>, opts: { cookie?: string; origin?: string } = {}) =>
  Promise.resolve(
    t.app.request(`${TEST_BASE_URL}/comunita/${slug}/rispondi`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: opts.origin ?? TEST_BASE_URL, ...(opts.cookie ? { cookie: opts.cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
    }),
  );
const repliesIn = async () => (await t.db.select({ body: communityPost.bodyMarkdown }).from(communityPost).where(eq(communityPost.threadId, threadId))).length - 1;

beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
  const bari = await makeSportello(t.db, ['072']);
  const asker = await makeUser(t.db, { name: 'Rosa Fornaia' });
  const angel = await makeUser(t.db, { name: 'Angela Prova' });
  const fresh = await makeUser(t.db, { name: 'Nuovo Arrivato' });
  await addMember(t.db, angel.id, bari.id, 'angel');
  const created = await createThread(t.db, actorOf(asker.id), { kind: 'question', title: 'Come mi faccio trovare su Google Maps?', body: 'Ho un forno e su Google Maps non compaio.', area: 'communication' }, 'it');
  slug = created.slug;
  threadId = created.id;
  cookies.angel = await t.signIn(angel.email);
  cookies.fresh = await t.signIn(fresh.email);
});
afterAll(() => t.close());

describe('the reply form without the app', () => {
  it('draws the thread page as a light start, with a form the browser can post itself', async () => {
    const res = await t.call('GET', `/comunita/${slug}`, { cookie: cookies.angel });
    const html = await res.text();
    expect(html).toContain(`action="/comunita/${slug}/rispondi"`);
    expect(html).toContain('name="body"');
    expect(html).toMatch(/"light":\{"offline":/);
    expect(html).not.toMatch(/rel="modulepreload"[^>]*assets\/app-/);
  });

  it('takes a reply and goes back to the thread at the new post', async () => {
    const res = await postForm({ body: 'Apri la scheda e scegli la categoria «Panificio».', quotePostId: '' }, { cookie: cookies.angel });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(new RegExp(`^/comunita/${slug}#post-[0-9a-f-]{36}$`));
    expect(await repliesIn()).toBe(1);
    const page = await (await t.call('GET', `/comunita/${slug}`)).text();
    expect(page).toContain('categoria «Panificio»');
  });

  it('sends a visitor to sign in first, and stores nothing', async () => {
    const res = await postForm({ body: 'Una risposta senza account.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/accedi?next=${encodeURIComponent(`/comunita/${slug}`)}`);
    expect(await repliesIn()).toBe(1);
  });

  it('refuses a post from another site, and stores nothing', async () => {
    const res = await postForm({ body: 'Da un altro sito.' }, { cookie: cookies.angel, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await repliesIn()).toBe(1);
  });

  it('draws the thread again with the text as typed and the reason next to it', async () => {
    // A new account's first post comes at least two minutes after its last one: here, at once after signing up.
    const typed = 'Anche io <script>alert(1)</script> ho provato con il link http://a.example e http://b.example e http://c.example';
    const res = await postForm({ body: typed }, { cookie: cookies.fresh });
    expect(res.status).toBe(422);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const html = await res.text();
    expect(html).toContain('Anche io &lt;script&gt;alert(1)&lt;/script&gt; ho provato');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toMatch(/<p class="field-error" id="reply-body-error">[^<]+<\/p>/);
    expect(html).toContain('"form:reply"');
    expect(await repliesIn()).toBe(1);
  });

  it('answers a reply too long for the form with a clear refusal, nothing stored', async () => {
    const res = await postForm({ body: 'a'.repeat(300_000) }, { cookie: cookies.angel });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/field-error/);
    expect(await repliesIn()).toBe(1);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityMember, communityPost, communityPostRevision, communityThread } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { makeLesson } from '../../../test/lessons.js';

let t: TTestApp;
let bariId: string;
const ids: Record<string, string> = {};
const cookies: Record<'owner' | 'other' | 'angel' | 'coordinator' | 'farCoordinator' | 'fresh', string> = { owner: '', other: '', angel: '', coordinator: '', farCoordinator: '', fresh: '' };
type TWho = keyof typeof cookies | null;

type TProblem = { code: string; errors?: { field: string; message: string }[] };
type TPost = { id: string; html: string | null; state: string; hiddenReason: string | null; author: { name: string; role: string | null } | null; markdown: string | null; thanksCount: number; quote: { postId: string } | null };
type TView = { id: string; slug: string; title: string; opening: TPost; solution: TPost | null; replies: TPost[]; meTooCount: number; lessons: { slug: string }[]; abilities: Record<string, boolean> };

const call = (who: TWho, method: string, path: string, body?: unknown) => t.call(method, path, { cookie: who ? cookies[who] : undefined, body });
const view = async (who: TWho, slug: string) => (await (await call(who, 'GET', `/api/community/threads/${slug}`)).json()) as TView;
const list = async (who: TWho, query: string) => (await (await call(who, 'GET', `/api/community/threads?${query}`)).json()) as { items: { slug: string; title: string; isSolved: boolean }[]; total: number };
const postCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(communityPost))[0]!.n;
/** Moves a person's posts an hour back, so their pace limit does not get in the way of the next step. */
const later = async (userId: string) => {
  await t.db.execute(sql`update community_post set created_at = created_at - interval '1 hour' where author_user_id = ${userId}`);
};
const ask = (who: TWho, over: Record<string, unknown> = {}) => call(who, 'POST', '/api/community/threads', { kind: 'question', title: 'Come mi faccio trovare su Google?', body: 'Ho un forno ad Altamura e su Google non compaio.', area: 'communication', regionCode: '16', ...over });

let slug = '';

beforeAll(async () => {
  t = await createTestApp();
  const bari = await makeSportello(t.db, ['072']);
  bariId = bari.id;
  const far = await makeSportello(t.db, ['015']);
  const owner = await makeUser(t.db, { name: 'Rosa Fornaia' });
  await makeBusiness(t.db, owner.id, bari.id, '072006');
  const other = await makeUser(t.db, { name: 'Pino Altro' });
  const angel = await makeAngel(t.db, bari.id, { comuneIstat: '072006' });
  const coordinator = await makeUser(t.db, { name: 'Carla Coordinatrice' });
  await addMember(t.db, coordinator.id, bari.id, 'coordinator');
  const farCoordinator = await makeUser(t.db);
  await addMember(t.db, farCoordinator.id, far.id, 'coordinator');
  const fresh = await makeUser(t.db, { name: 'Nuovo Arrivato' });
  Object.assign(ids, { owner: owner.id, other: other.id, angel: angel.id, coordinator: coordinator.id, fresh: fresh.id });
  for (const [who, email] of [['owner', owner.email], ['other', other.email], ['angel', angel.email], ['coordinator', coordinator.email], ['farCoordinator', farCoordinator.email], ['fresh', fresh.email]] as const) cookies[who] = await t.signIn(email);
  await makeLesson(t.db, { slug: 'fatti-trovare-sulle-mappe', title: 'Fatti trovare sulle mappe', areas: ['communication'] });
});
afterAll(() => t.close());

describe('asking, replying, solving, role by role', () => {
  it('refuses a visitor’s question (401) and takes a signed-in person’s, with the sportello of their comune', async () => {
    expect((await ask(null)).status).toBe(401);
    const res = await ask('owner', { lessonSlug: 'fatti-trovare-sulle-mappe' });
    expect(res.status).toBe(201);
    slug = ((await res.json()) as { slug: string }).slug;
    expect(slug).toMatch(/^come-mi-faccio-trovare-su-google-[a-z0-9]+$/);
    const [row] = await t.db.select().from(communityThread).where(eq(communityThread.slug, slug));
    expect(row!.sportelloId).toBe(bariId);
  });

  it('lets a visitor read the thread, with display names and never an e-mail', async () => {
    const res = await call(null, 'GET', `/api/community/threads/${slug}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/@example\.test/);
    const v = JSON.parse(text) as TView;
    expect(v.opening.author).toEqual({ name: 'Rosa Fornaia', role: null });
    expect(v.lessons.map((l) => l.slug)).toEqual(['fatti-trovare-sulle-mappe']);
    expect(v.abilities).toEqual({ reply: false, markSolved: false, moderate: false, link: false });
    expect((await list(null, 'tab=unanswered')).items.map((i) => i.slug)).toContain(slug);
  });

  it('takes an angel’s reply with a mention, shown with the role; the thread is answered', async () => {
    await later(ids.owner!);
    const res = await call('angel', 'POST', `/api/community/threads/${slug}/posts`, { body: 'Ciao @Rosa Fornaia, apri la scheda e aggiungi la categoria "Panificio".' });
    expect(res.status).toBe(201);
    const v = await view('owner', slug);
    expect(v.replies[0]!.author?.role).toBe('angel');
    const mentions = await t.db.execute<{ user_id: string }>(sql`select user_id from community_mention`);
    expect(mentions.rows.map((r) => r.user_id)).toEqual([ids.owner]);
    expect((await list(null, 'tab=unanswered')).items.map((i) => i.slug)).not.toContain(slug);
    expect(v.abilities).toMatchObject({ reply: true, markSolved: true, link: true });
  });

  it('counts "anche a me" once per person, never the asker’s own; "grazie" on a reply', async () => {
    const v = await view('owner', slug);
    const meToo = (who: TWho) => call(who, 'PUT', `/api/community/posts/${v.opening.id}/reactions/me_too`);
    expect((await meToo('other')).status).toBe(200);
    expect(((await (await meToo('other')).json()) as { count: number }).count).toBe(1);
    expect((await meToo('owner')).status).toBe(422);
    const thanks = await call('owner', 'PUT', `/api/community/posts/${v.replies[0]!.id}/reactions/thanks`);
    expect(((await thanks.json()) as { count: number }).count).toBe(1);
    expect((await call('owner', 'PUT', `/api/community/posts/${v.opening.id}/reactions/thanks`)).status).toBe(422);
  });

  it('lets the asker or the thread’s coordinator mark "Risolto", not someone else nor a far coordinator', async () => {
    const v = await view('owner', slug);
    const reply = v.replies[0]!.id;
    expect((await call('other', 'PUT', `/api/community/threads/${slug}/solution`, { postId: reply })).status).toBe(403);
    expect((await call('farCoordinator', 'PUT', `/api/community/threads/${slug}/solution`, { postId: reply })).status).toBe(403);
    expect((await call('coordinator', 'PUT', `/api/community/threads/${slug}/solution`, { postId: null })).status).toBe(200);
    expect((await call('owner', 'PUT', `/api/community/threads/${slug}/solution`, { postId: v.opening.id })).status).toBe(422);
    expect((await call('owner', 'PUT', `/api/community/threads/${slug}/solution`, { postId: reply })).status).toBe(200);
    const after = await view(null, slug);
    expect(after.solution?.id).toBe(reply);
    expect((await list(null, 'tab=solved')).items.map((i) => i.slug)).toEqual([slug]);
  });

  it('lets the author edit their own post (the earlier text kept) and refuses a foreign edit', async () => {
    const v = await view('owner', slug);
    expect((await call('other', 'PATCH', `/api/community/posts/${v.opening.id}`, { body: 'Cambiato da un altro' })).status).toBe(403);
    expect((await call(null, 'PATCH', `/api/community/posts/${v.opening.id}`, { body: 'Cambiato' })).status).toBe(401);
    const res = await call('owner', 'PATCH', `/api/community/posts/${v.opening.id}`, { body: 'Ho un forno ad Altamura: su Google Maps non compaio.' });
    expect(await res.json()).toEqual({ version: 2 });
    const revisions = await t.db.select().from(communityPostRevision).where(eq(communityPostRevision.postId, v.opening.id));
    expect(revisions.map((r) => r.bodyMarkdown)).toEqual(['Ho un forno ad Altamura e su Google non compaio.']);
    expect((await view('owner', slug)).opening.markdown).toBe('Ho un forno ad Altamura: su Google Maps non compaio.');
    expect((await view('other', slug)).opening.markdown).toBeNull();
  });

  it('lets the author delete their own post: the text is gone, the place stays', async () => {
    await later(ids.other!);
    const res = await call('other', 'POST', `/api/community/threads/${slug}/posts`, { body: 'Anche io ho lo stesso problema con il mio bar.' });
    const { id } = (await res.json()) as { id: string };
    expect((await call('owner', 'DELETE', `/api/community/posts/${id}`)).status).toBe(403);
    expect((await call('other', 'DELETE', `/api/community/posts/${id}`)).status).toBe(200);
    const gone = (await view(null, slug)).replies.find((p) => p.id === id)!;
    expect(gone).toMatchObject({ state: 'deleted', html: null });
    const [row] = await t.db.select().from(communityPost).where(eq(communityPost.id, id));
    expect(row!.bodyMarkdown).toBe('');
  });

  it('shows a hidden post to its author with the reason and to moderators; others see it hidden', async () => {
    const v = await view('owner', slug);
    const reply = v.replies[0]!;
    await t.db.update(communityPost).set({ hiddenAt: new Date(), hiddenReason: 'Contiene un numero di telefono' }).where(eq(communityPost.id, reply.id));
    const byAuthor = (await view('angel', slug)).replies[0]!;
    expect(byAuthor).toMatchObject({ state: 'hidden', hiddenReason: 'Contiene un numero di telefono' });
    expect(byAuthor.html).not.toBeNull();
    expect((await view('coordinator', slug)).replies[0]!.html).not.toBeNull();
    expect((await view('other', slug)).replies[0]).toMatchObject({ state: 'hidden', html: null, hiddenReason: null });
    await t.db.update(communityPost).set({ hiddenAt: null, hiddenReason: null }).where(eq(communityPost.id, reply.id));
  });

  it('hides a hidden thread from everyone but its author and moderators', async () => {
    await t.db.update(communityThread).set({ hiddenAt: new Date(), hiddenReason: 'Fuori tema' }).where(eq(communityThread.slug, slug));
    const res = await call('other', 'GET', `/api/community/threads/${slug}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as TProblem).code).toBe('community.thread_hidden');
    expect((await call('owner', 'GET', `/api/community/threads/${slug}`)).status).toBe(200);
    expect((await call('coordinator', 'GET', `/api/community/threads/${slug}`)).status).toBe(200);
    expect((await list(null, 'tab=latest')).items.map((i) => i.slug)).not.toContain(slug);
    await t.db.update(communityThread).set({ hiddenAt: null, hiddenReason: null }).where(eq(communityThread.slug, slug));
  });
});

describe('bad input, refused with a message next to the field and nothing stored', () => {
  const refused = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = (await res.json()) as TProblem;
    expect(body.code).toBe(code);
    return body;
  };

  it('neutralises scripts, event attributes and javascript: links', async () => {
    await later(ids.other!);
    const res = await call('other', 'POST', `/api/community/threads/${slug}/posts`, { body: '<script>alert(1)</script> <img src=x onerror="alert(1)"> [clicca](javascript:alert(1))' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const html = (await view(null, slug)).replies.find((p) => p.id === id)!.html!;
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a post over the size limit next to the body, and a 1 MB body whole', async () => {
    await later(ids.other!);
    const before = await postCount();
    const long = await refused(await call('other', 'POST', `/api/community/threads/${slug}/posts`, { body: 'a'.repeat(25_000) }), 422, 'community.post_too_long');
    expect(long.errors).toEqual([{ field: 'body', message: 'Il messaggio è troppo lungo: al massimo 20.000 caratteri. Dividilo in due.' }]);
    expect((await call('other', 'POST', `/api/community/threads/${slug}/posts`, { body: 'a'.repeat(1024 * 1024) })).status).toBe(413);
    expect(await postCount()).toBe(before);
  });

  it('refuses the same post twice within five minutes', async () => {
    await later(ids.other!);
    const body = { body: 'Qualcuno conosce un buon commercialista a Bari?' };
    expect((await call('other', 'POST', `/api/community/threads/${slug}/posts`, body)).status).toBe(201);
    await t.db.execute(sql`update community_post set created_at = created_at - interval '1 minute' where author_user_id = ${ids.other}`);
    const before = await postCount();
    const dup = await refused(await call('other', 'POST', `/api/community/threads/${slug}/posts`, body), 422, 'community.duplicate_post');
    expect(dup.errors?.[0]?.field).toBe('body');
    expect(await postCount()).toBe(before);
  });

  it('refuses too many links from a new account, not from an angel', async () => {
    const three = 'Guarda https://a.it, https://b.it e https://c.it';
    const before = await postCount();
    const res = await refused(await ask('fresh', { body: three }), 422, 'community.too_many_links');
    expect(res.errors?.[0]).toEqual({ field: 'body', message: 'Puoi mettere al massimo 2 link per messaggio, finché sei nuovo nella comunità.' });
    expect(await postCount()).toBe(before);
    expect((await t.db.select().from(communityThread).where(eq(communityThread.authorUserId, ids.fresh!))).length).toBe(0);
    await later(ids.angel!);
    expect((await call('angel', 'POST', `/api/community/threads/${slug}/posts`, { body: three })).status).toBe(201);
  });

  it('makes a new account wait after its first post', async () => {
    expect((await ask('fresh', { title: 'Il mio primo messaggio qui', body: 'Salve a tutti, sono nuovo.' })).status).toBe(201);
    const res = await refused(await call('fresh', 'POST', `/api/community/threads/${slug}/posts`, { body: 'E subito un altro messaggio' }), 429, 'community.too_fast');
    expect(res.errors?.[0]?.message).toMatch(/^Stai scrivendo troppo in fretta: riprova tra \d+ secondi\.$/);
  });

  it('refuses posting in a locked thread, except to a moderator', async () => {
    await t.db.update(communityThread).set({ lockedAt: new Date(), lockedReason: 'Discussione conclusa' }).where(eq(communityThread.slug, slug));
    await later(ids.other!);
    const before = await postCount();
    await refused(await call('other', 'POST', `/api/community/threads/${slug}/posts`, { body: 'Posso ancora scrivere?' }), 403, 'community.thread_locked');
    expect(await postCount()).toBe(before);
    expect((await call('coordinator', 'POST', `/api/community/threads/${slug}/posts`, { body: 'Chiudo qui: grazie a tutti.' })).status).toBe(201);
    await t.db.update(communityThread).set({ lockedAt: null, lockedReason: null }).where(eq(communityThread.slug, slug));
  });

  it('refuses posting while silenced, saying until when', async () => {
    const silence = { silencedUntil: new Date(Date.now() + 86_400_000), silenceReason: 'Toni offensivi' };
    await t.db.insert(communityMember).values({ userId: ids.other!, unsubscribeToken: 'tok-other', ...silence }).onConflictDoUpdate({ target: communityMember.userId, set: silence });
    await later(ids.other!);
    const res = await refused(await call('other', 'POST', `/api/community/threads/${slug}/posts`, { body: 'Non mi fate tacere' }), 403, 'community.silenced');
    expect(res.errors?.[0]?.message).toMatch(/^I moderatori ti hanno sospeso dalla scrittura fino al /);
    await t.db.update(communityMember).set({ silencedUntil: null }).where(eq(communityMember.userId, ids.other!));
  });

  it('names the field of an invalid area or a short title', async () => {
    await later(ids.owner!);
    const res = await refused(await ask('owner', { title: 'Aiuto', area: 'boh' }), 422, 'request.invalid');
    expect(res.errors?.map((e) => e.field).sort()).toEqual(['area', 'title']);
  });
});

describe('lists and search', () => {
  it('finds threads by Italian stems, by a typo in the title, and by filters', async () => {
    await later(ids.owner!);
    expect((await ask('owner', { title: 'Vendere online i formaggi della latteria', body: 'Spedire formaggi freschi costa troppo?', area: 'ecommerce' })).status).toBe(201);
    expect((await list(null, 'q=formaggio')).items[0]!.title).toBe('Vendere online i formaggi della latteria');
    expect((await list(null, 'q=formagi')).items[0]!.title).toBe('Vendere online i formaggi della latteria');
    expect((await list(null, 'q=fresco')).items.map((i) => i.title)).toContain('Vendere online i formaggi della latteria');
    expect((await list(null, 'area=ecommerce')).items.map((i) => i.title)).toEqual(['Vendere online i formaggi della latteria']);
    expect((await list(null, 'region=16')).total).toBeGreaterThanOrEqual(2);
    expect((await list('fresh', 'tab=mine')).items.map((i) => i.title)).toEqual(['Il mio primo messaggio qui']);
  });

  it('ranks solved threads first in search', async () => {
    const titles = (await list(null, 'q=google')).items;
    expect(titles[0]!.isSolved).toBe(true);
  });

  it('lists the discussions about a lesson', async () => {
    const res = (await (await call(null, 'GET', '/api/community/lessons/fatti-trovare-sulle-mappe/threads')).json()) as { items: { slug: string }[] };
    expect(res.items.map((i) => i.slug)).toEqual([slug]);
    const lessonPage = (await (await call(null, 'GET', '/api/lessons/fatti-trovare-sulle-mappe?language=it')).json()) as { discussions: { slug: string; isSolved: boolean }[] };
    expect(lessonPage.discussions).toEqual([expect.objectContaining({ slug, isSolved: true })]);
  });
});

describe('pictures in posts', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const upload = (who: keyof typeof cookies, bytes: Uint8Array<ArrayBuffer>, name: string) => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(bytes)], name));
    return t.app.request(`http://localhost:3999/api/community/images`, { method: 'POST', headers: { origin: 'http://localhost:3999', cookie: cookies[who] }, body: form });
  };

  it('takes a picture checked by its content, shows it in the post, and refuses an SVG next to the field', async () => {
    const svg = await upload('angel', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'foto.png');
    expect(svg.status).toBe(422);
    expect(((await svg.json()) as TProblem).errors?.[0]?.field).toBe('file');
    const res = await upload('angel', PNG, 'banco.png');
    expect(res.status).toBe(201);
    const { id, url } = (await res.json()) as { id: string; url: string };
    expect(url).toBe(`/api/community/images/${id}`);
    await later(ids.angel!);
    expect((await call('angel', 'POST', `/api/community/threads/${slug}/posts`, { body: `Ecco il mio banco: ![il banco](${url})` })).status).toBe(201);
    const html = (await view(null, slug)).replies.at(-1)!.html!;
    expect(html).toContain(`<img src="${url}" alt="il banco" loading="lazy">`);
    const attached = await t.db.execute<{ post_id: string | null }>(sql`select post_id from community_post_image where file_id = ${id}`);
    expect(attached.rows[0]!.post_id).not.toBeNull();
    const image = await call(null, 'GET', url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });
});

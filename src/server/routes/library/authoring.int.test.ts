import fs from 'node:fs';
import path from 'node:path';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson, lessonVersion, mail, membership, user } from '../../../db/schema/index.js';
import { splitFrontMatter } from '../../../services/library/check-lesson-file.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { ROOT } from '../../../test/processes.js';

type TLessonOut = { id: string; slug: string; status: string; version: number; html: string; gulpease: number; minutes: number; translationGroup: string; abilities: Record<string, boolean> };
type TProblem = { code: string; errors?: { field: string; message: string }[] };

// A real lesson of the library: it has the four parts and reads above 60.
const GOOD_BODY = splitFrontMatter(fs.readFileSync(path.join(ROOT, 'resources/lessons/it/vendi-il-tuo-latte.md'), 'utf8')).body;
const HARD_SENTENCE =
  "L'implementazione sistematica di metodologie organizzative caratterizzate dall'internazionalizzazione dei processi produttivi determina conseguentemente un'ottimizzazione significativa dell'efficientamento amministrativo complessivo.";
const HARD_BODY = ['## Un esempio', HARD_SENTENCE, "## L'idea", HARD_SENTENCE, '## Il metodo', HARD_SENTENCE, '## Prova subito', HARD_SENTENCE].join('\n\n');

const draft = (overrides: Record<string, unknown> = {}) => ({
  title: 'Vendi il tuo latte in paese',
  summary: 'Vendere da solo una parte del latte.\nGuadagni di più, senza spendere.',
  bodyMarkdown: GOOD_BODY,
  areas: ['marketing'],
  level: 'first_steps',
  language: 'it',
  sportelloId: null,
  ...overrides,
});

let t: TTestApp;
const cookies: Record<string, string> = {};
let deskA: string;
let deskB: string;
let angelMembershipId: string;
let coordAEmail: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeSportello(t.db);
  const b = await makeSportello(t.db);
  deskA = a.id;
  deskB = b.id;
  const admin = await makeUser(t.db, { isAdmin: true, name: 'Admin Rete' });
  const coordA = await makeUser(t.db, { name: 'Coordinatrice A' });
  coordAEmail = coordA.email;
  await addMember(t.db, coordA.id, deskA, 'coordinator');
  const coordB = await makeUser(t.db, { name: 'Coordinatore B' });
  await addMember(t.db, coordB.id, deskB, 'coordinator');
  const author = await makeAngel(t.db, deskA);
  const plainAngel = await makeAngel(t.db, deskA);
  const owner = await makeUser(t.db);
  await makeBusiness(t.db, owner.id, deskA);
  const [m] = await t.db.select().from(membership).where(eq(membership.userId, author.id));
  angelMembershipId = m!.id;
  for (const [name, email] of [
    ['admin', admin.email],
    ['coordA', coordA.email],
    ['coordB', coordB.email],
    ['author', author.email],
    ['angel', plainAngel.email],
    ['owner', owner.email],
  ] as const) {
    cookies[name] = await t.signIn(email);
  }
});
afterAll(() => t.close());

const as = (who: string | null) => (who ? { cookie: cookies[who] } : {});
async function post(who: string | null, p: string, body?: unknown) {
  return t.call('POST', p, { ...as(who), body: body ?? {} });
}

describe('the author permission', () => {
  it('is given by the coordinator of the sportello, not by an angel nor another coordinator', async () => {
    const before = await post('author', '/api/library/lessons', draft());
    expect(before.status).toBe(404);
    const list = await t.call('GET', `/api/library/sportelli/${deskA}/authors`, as('coordA'));
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: { canAuthor: boolean }[] }).items).toHaveLength(2);
    expect((await t.call('PUT', `/api/library/sportelli/${deskA}/authors/${angelMembershipId}`, { ...as('angel'), body: { canAuthor: true } })).status).toBe(404);
    expect((await t.call('PUT', `/api/library/sportelli/${deskB}/authors/${angelMembershipId}`, { ...as('coordB'), body: { canAuthor: true } })).status).toBe(404);
    const grant = await t.call('PUT', `/api/library/sportelli/${deskA}/authors/${angelMembershipId}`, { ...as('coordA'), body: { canAuthor: true } });
    expect(grant.status).toBe(200);
    expect(((await grant.json()) as { canAuthor: boolean }).canAuthor).toBe(true);
    const scopes = (await (await t.call('GET', '/api/library/scopes', as('author'))).json()) as { write: { sportelloId: string | null }[]; review: boolean };
    expect(scopes.write.map((s) => s.sportelloId)).toEqual([null, deskA]);
    expect(scopes.review).toBe(false);
  });
});

describe('writing, review and publication', () => {
  let id: string;

  it('lets the author angel start a draft, with its slug, minutes, index and first version', async () => {
    const res = await post('author', '/api/library/lessons', draft({ sportelloId: deskA }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as TLessonOut;
    id = body.id;
    expect(body).toMatchObject({ slug: 'vendi-il-tuo-latte-in-paese', status: 'draft', version: 1 });
    expect(body.gulpease).toBeGreaterThanOrEqual(60);
    expect(body.minutes).toBeGreaterThanOrEqual(1);
    expect(body.html).toContain('<h2>Prova subito</h2>');
    expect(body.abilities).toEqual({ canEdit: true, canSubmit: true, canReview: false, canRetire: false });
  });

  it('refuses the angel without permission, the entrepreneur and the visitor', async () => {
    expect((await post('angel', '/api/library/lessons', draft())).status).toBe(404);
    expect((await post('owner', '/api/library/lessons', draft())).status).toBe(404);
    expect((await post(null, '/api/library/lessons', draft())).status).toBe(401);
    expect((await t.call('GET', `/api/library/lessons/${id}`, as('angel'))).status).toBe(404);
    expect((await t.call('GET', `/api/library/lessons/${id}`, as('owner'))).status).toBe(404);
    expect((await t.call('GET', `/api/library/lessons/${id}`)).status).toBe(401);
  });

  it('answers 404 to the coordinator of another sportello, for reading and for every step', async () => {
    expect((await t.call('GET', `/api/library/lessons/${id}`, as('coordB'))).status).toBe(404);
    expect((await t.call('GET', `/api/library/lessons/${id}/versions`, as('coordB'))).status).toBe(404);
    expect((await t.call('PUT', `/api/library/lessons/${id}`, { ...as('coordB'), body: { ...draft(), language: undefined, sportelloId: undefined, version: 1 } })).status).toBe(404);
    expect((await post('coordB', `/api/library/lessons/${id}/publish`, { version: 1 })).status).toBe(404);
    expect((await post('coordB', '/api/library/lessons', draft({ sportelloId: deskA }))).status).toBe(404);
    expect((await t.call('GET', `/api/library/review-queue?scope=${deskA}`, as('coordB'))).status).toBe(404);
  });

  it('saves over the version seen, and refuses a stale one with 409 and nothing changed', async () => {
    const { language: _l, sportelloId: _s, ...text } = draft();
    const ok = await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, title: 'Vendi il latte fresco in paese', version: 1 } });
    expect(ok.status).toBe(200);
    expect((await ok.json()) as TLessonOut).toMatchObject({ version: 2, slug: 'vendi-il-latte-fresco-in-paese' });
    const stale = await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, title: 'Un altro titolo', version: 1 } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as TProblem).code).toBe('lesson.stale');
    const [row] = await t.db.select().from(lesson).where(eq(lesson.id, id));
    expect(row!.title).toBe('Vendi il latte fresco in paese');
  });

  it('neutralises script, event attributes, iframes, SVG and javascript:, vbscript:, data: links', async () => {
    const { language: _l, sportelloId: _s, ...text } = draft();
    const evil = [
      GOOD_BODY,
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload="alert(1)"><circle r="1"/></svg>',
      '[uno](javascript:alert(1)) [due](vbscript:msgbox(1)) [tre](data:text/html;base64,PHNjcmlwdD4=)',
      '![svg](data:image/svg+xml;base64,PHN2Zz4=)',
    ].join('\n\n');
    const res = await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, bodyMarkdown: evil, version: 2 } });
    expect(res.status).toBe(200);
    const { html } = (await res.json()) as TLessonOut;
    // Escaped as text, the words stay readable; what must not exist is a tag, an attribute or a link.
    expect(html).not.toMatch(/<(script|iframe|svg|img)\b|<[^>]*\son\w+=|href="(javascript|vbscript|data):/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a 1 MB body next to its field, and a larger request as too large, saving nothing', async () => {
    const { language: _l, sportelloId: _s, ...text } = draft();
    const big = await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, bodyMarkdown: 'a'.repeat(1_000_000), version: 3 } });
    expect(big.status).toBe(422);
    expect(((await big.json()) as TProblem).errors!.map((e) => e.field)).toContain('bodyMarkdown');
    const huge = await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, bodyMarkdown: 'a'.repeat(1_100_000), version: 3 } });
    expect(huge.status).toBe(413);
    const created = await post('author', '/api/library/lessons', draft({ bodyMarkdown: 'b'.repeat(1_000_000) }));
    expect(created.status).toBe(422);
    const [row] = await t.db.select().from(lesson).where(eq(lesson.id, id));
    expect(row!.version).toBe(3);
    expect((await t.db.select().from(lesson)).length).toBe(1);
  });

  it('refuses a summary of three lines and an unknown area next to their fields', async () => {
    const res = await post('author', '/api/library/lessons', draft({ summary: 'Uno due tre.\nQuattro.\nCinque sei.', areas: ['cucina'] }));
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as TProblem).errors!.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'areas.0']));
  });

  it('lets the author submit; then only the reviewer acts and the author may no longer edit', async () => {
    const { language: _l, sportelloId: _s, ...text } = draft();
    await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, version: 3 } });
    const sent = await post('author', `/api/library/lessons/${id}/submit`, { version: 4 });
    expect(sent.status).toBe(200);
    const body = (await sent.json()) as TLessonOut;
    expect(body).toMatchObject({ status: 'in_review', version: 5 });
    expect(body.abilities).toMatchObject({ canEdit: false, canReview: false });
    expect((await t.call('PUT', `/api/library/lessons/${id}`, { ...as('author'), body: { ...text, version: 5 } })).status).toBe(403);
    expect((await post('author', `/api/library/lessons/${id}/publish`, { version: 5 })).status).toBe(403);
    // The sportello's coordinator is told by mail; the other sportello's is not.
    const mails = await t.db.select().from(mail).where(like(mail.subject, 'Una lezione da rivedere:%'));
    expect(mails.map((m) => m.to)).toEqual([coordAEmail]);
    expect(mails[0]!.text).toContain('/lezioni/revisione');
    const queue = (await (await t.call('GET', '/api/library/review-queue', as('coordA'))).json()) as { items: { id: string; authorName: string }[] };
    expect(queue.items.map((i) => i.id)).toEqual([id]);
    expect((await (await t.call('GET', `/api/library/lessons/${id}`, as('coordA'))).json()) as TLessonOut).toMatchObject({ abilities: { canReview: true } });
  });

  it('sends back with a note, and publishes after a new submission; readers then find it', async () => {
    const back = await post('coordA', `/api/library/lessons/${id}/send-back`, { version: 5, note: 'Metti un numero nel primo esempio.' });
    expect(back.status).toBe(200);
    expect((await back.json()) as TLessonOut).toMatchObject({ status: 'draft', version: 6, reviewNote: 'Metti un numero nel primo esempio.' });
    await post('author', `/api/library/lessons/${id}/submit`, { version: 6 });
    const published = await post('coordA', `/api/library/lessons/${id}/publish`, { version: 7 });
    expect(published.status).toBe(200);
    const body = (await published.json()) as TLessonOut;
    expect(body).toMatchObject({ status: 'published', version: 8, abilities: { canRetire: true } });
    const publicRead = await t.call('GET', `/api/lessons/${body.slug}`);
    expect(publicRead.status).toBe(200);
  });

  it('keeps every version with who changed what', async () => {
    const res = await t.call('GET', `/api/library/lessons/${id}/versions`, as('author'));
    const { items } = (await res.json()) as { items: { version: number; action: string; changedByName: string; note: string | null; status: string }[] };
    expect(items.map((v) => v.action)).toEqual(['published', 'submitted', 'sent_back', 'submitted', 'saved', 'saved', 'saved', 'created']);
    expect(items[0]).toMatchObject({ version: 8, changedByName: 'Coordinatrice A', status: 'published' });
    expect(items.find((v) => v.action === 'sent_back')!.note).toBe('Metti un numero nel primo esempio.');
    expect((await t.db.select().from(lessonVersion).where(eq(lessonVersion.lessonId, id))).length).toBe(8);
  });

  it('retires: the lesson leaves the public library', async () => {
    const res = await post('coordA', `/api/library/lessons/${id}/retire`, { version: 8 });
    expect(res.status).toBe(200);
    const { slug } = (await res.json()) as TLessonOut;
    expect((await t.call('GET', `/api/lessons/${slug}`)).status).toBe(404);
    expect((await post('coordA', `/api/library/lessons/${id}/retire`, { version: 9 })).status).toBe(409);
  });
});

describe('the national library and the floor', () => {
  it('is reviewed by the network admin, who refuses publishing under the floor with the reason', async () => {
    const created = (await (await post('coordA', '/api/library/lessons', draft({ title: 'Una lezione difficile', bodyMarkdown: HARD_BODY }))).json()) as TLessonOut;
    await post('coordA', `/api/library/lessons/${created.id}/submit`, { version: 1 });
    // A sportello's coordinator does not review the national library.
    expect((await post('coordA', `/api/library/lessons/${created.id}/publish`, { version: 2 })).status).toBe(403);
    const queue = (await (await t.call('GET', '/api/library/review-queue?scope=national', as('admin'))).json()) as { items: { id: string }[] };
    expect(queue.items.map((i) => i.id)).toContain(created.id);
    const refused = await post('admin', `/api/library/lessons/${created.id}/publish`, { version: 2 });
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as TProblem;
    expect(problem.code).toBe('lesson.too_hard');
    expect(problem.errors![0]).toMatchObject({ field: 'bodyMarkdown' });
    expect(problem.errors![0]!.message).toMatch(/serve almeno 60/);
    const [row] = await t.db.select().from(lesson).where(eq(lesson.id, created.id));
    expect(row).toMatchObject({ status: 'in_review', version: 2, publishedAt: null });
  });

  it('refuses publishing a lesson that lacks a part of its shape', async () => {
    const noTry = GOOD_BODY.split('## Prova subito')[0]!;
    const created = (await (await post('admin', '/api/library/lessons', draft({ title: 'Senza prova', bodyMarkdown: noTry }))).json()) as TLessonOut;
    await post('admin', `/api/library/lessons/${created.id}/submit`, { version: 1 });
    const refused = await post('admin', `/api/library/lessons/${created.id}/publish`, { version: 2 });
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as TProblem;
    expect(problem.code).toBe('lesson.missing_parts');
    expect(problem.errors!.map((e) => e.field)).toEqual(['parts.try_now']);
  });

  it('links a translation into the same group, once per language', async () => {
    const original = (await (await post('admin', '/api/library/lessons', draft({ title: 'Originale' }))).json()) as TLessonOut;
    const en = await post('admin', '/api/library/lessons', draft({ title: 'Original', language: 'en', translationOf: original.id }));
    expect(en.status).toBe(201);
    expect(((await en.json()) as TLessonOut).translationGroup).toBe(original.translationGroup);
    const again = await post('admin', '/api/library/lessons', draft({ title: 'Original again', language: 'en', translationOf: original.id }));
    expect(again.status).toBe(409);
    const same = await post('admin', '/api/library/lessons', draft({ title: 'Stessa lingua', translationOf: original.id }));
    expect(same.status).toBe(422);
    expect(((await same.json()) as TProblem).errors![0]!.field).toBe('translationOf');
  });

  it('previews the body as the server renders it, for authors only', async () => {
    const res = await post('author', '/api/library/preview', { bodyMarkdown: '## Un esempio\n<script>x</script> [a](javascript:x)', level: 'first_steps', language: 'it' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string; missingParts: string[]; hasRawHtml: boolean; floor: number };
    expect(body.html).not.toMatch(/<script|href="javascript/);
    expect(body).toMatchObject({ missingParts: ['idea', 'method', 'try_now'], hasRawHtml: true, floor: 60 });
    expect((await post('owner', '/api/library/preview', { bodyMarkdown: 'x', level: 'first_steps', language: 'it' })).status).toBe(404);
  });

  it("lists the author's own lessons", async () => {
    const res = await t.call('GET', '/api/library/lessons/mine', as('author'));
    const { items } = (await res.json()) as { items: { status: string }[] };
    expect(items.map((i) => i.status)).toEqual(['retired']);
    expect(((await (await t.call('GET', '/api/library/lessons/mine', as('owner'))).json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe('scopes and the permission taken back', () => {
  it("lets a coordinator write in the national library, never in another sportello's own", async () => {
    expect((await post('coordA', '/api/library/lessons', draft({ title: 'Di tutta la rete' }))).status).toBe(201);
    expect((await post('coordA', '/api/library/lessons', draft({ title: 'Di un altro', sportelloId: deskB }))).status).toBe(404);
    expect((await post('author', '/api/library/lessons', draft({ title: 'Di un altro ancora', sportelloId: deskB }))).status).toBe(404);
  });

  it('refuses the author permission on a coordinator, next to nothing changed', async () => {
    const [coordMembership] = await t.db.select().from(membership).where(eq(membership.role, 'coordinator'));
    const res = await t.call('PUT', `/api/library/sportelli/${coordMembership!.sportelloId}/authors/${coordMembership!.id}`, { ...as('admin'), body: { canAuthor: true } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as TProblem).code).toBe('lesson.author_not_angel');
  });

  it('hides the drafts of an angel whose permission was taken back, and lets them start no more', async () => {
    const created = (await (await post('author', '/api/library/lessons', draft({ title: 'Prima del ritiro' }))).json()) as TLessonOut;
    const revoke = await t.call('PUT', `/api/library/sportelli/${deskA}/authors/${angelMembershipId}`, { ...as('coordA'), body: { canAuthor: false } });
    expect(revoke.status).toBe(200);
    expect((await t.call('GET', `/api/library/lessons/${created.id}`, as('author'))).status).toBe(404);
    expect((await post('author', '/api/library/lessons', draft({ title: 'Dopo il ritiro' }))).status).toBe(404);
    // The national library's reviewer still sees it.
    expect((await t.call('GET', `/api/library/lessons/${created.id}`, as('admin'))).status).toBe(200);
  });
});

describe('concurrent and published changes', () => {
  it('lets one of two saves over the same version through, and refuses the other with 409', async () => {
    const created = (await (await post('admin', '/api/library/lessons', draft({ title: 'Due mani' }))).json()) as TLessonOut;
    const { language: _l, sportelloId: _s, ...text } = draft();
    const [a, b] = await Promise.all([
      t.call('PUT', `/api/library/lessons/${created.id}`, { ...as('admin'), body: { ...text, title: 'Prima mano', version: 1 } }),
      t.call('PUT', `/api/library/lessons/${created.id}`, { ...as('admin'), body: { ...text, title: 'Seconda mano', version: 1 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await t.db.select().from(lessonVersion).where(eq(lessonVersion.lessonId, created.id))).length).toBe(2);
  });

  it('keeps a published lesson above its floor: a harder save is refused with the reason in English too', async () => {
    const created = (await (await post('admin', '/api/library/lessons', draft({ title: 'Pubblicata e poi cambiata' }))).json()) as TLessonOut;
    await post('admin', `/api/library/lessons/${created.id}/submit`, { version: 1 });
    expect((await post('admin', `/api/library/lessons/${created.id}/publish`, { version: 2 })).status).toBe(200);
    const { language: _l, sportelloId: _s, ...text } = draft();
    // A signed-in person reads messages in the language saved on their account.
    await t.db.update(user).set({ locale: 'en' }).where(eq(user.name, 'Admin Rete'));
    const res = await t.call('PUT', `/api/library/lessons/${created.id}`, { ...as('admin'), body: { ...text, bodyMarkdown: HARD_BODY, version: 3 } });
    await t.db.update(user).set({ locale: 'it' }).where(eq(user.name, 'Admin Rete'));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as TProblem;
    expect(problem.code).toBe('lesson.too_hard');
    expect(problem.errors![0]!.message).toMatch(/this level needs at least 60/);
    const [row] = await t.db.select().from(lesson).where(eq(lesson.id, created.id));
    expect(row).toMatchObject({ status: 'published', version: 3, bodyMarkdown: GOOD_BODY });
  });
});

import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson, lessonProgress, lessonTemplate, libraryFile } from '../../../db/schema/index.js';
import { importLessonDir } from '../../../services/library/import-lessons.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../../../test/app.js';
import { makeUser } from '../../../test/factories.js';
import { ROOT } from '../../../test/processes.js';


let t: TTestApp;
let readerA: string;
let readerB: string;
let readerBId: string;

const file = async (kind: 'video' | 'poster' | 'captions' | 'template', fileName: string, mediaType: string, bytes = 2048) =>
  (await t.db.insert(libraryFile).values({ kind, fileName, mediaType, bytes, sha256: fileName, storageKey: `k-${fileName}` }).returning())[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  await importLessonDir(t.db, path.join(ROOT, 'resources/lessons'));
  readerA = await t.signIn((await makeUser(t.db)).email);
  const b = await makeUser(t.db);
  readerBId = b.id;
  readerB = await t.signIn(b.email);
});
afterAll(() => t.close());

const mark = (slug: string, body: unknown, cookie?: string, language = 'it') => t.call('PUT', `/api/lessons/${slug}/progress?language=${language}`, { cookie, body });

describe('a reader marks a lesson "fatto" and "mi è servita"', () => {
  it('toggles their own marks, idempotently, and counts the people it helped across its translations', async () => {
    const first = await mark('vendi-il-tuo-latte', { helpful: true }, readerA);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ done: false, helpful: true, usefulFor: 1 });
    // Marking again changes nothing, not even the moment it was marked.
    const [before] = await t.db.select().from(lessonProgress);
    expect(await (await mark('vendi-il-tuo-latte', { helpful: true }, readerA)).json()).toEqual({ done: false, helpful: true, usefulFor: 1 });
    const [after] = await t.db.select().from(lessonProgress);
    expect(after!.helpfulAt).toEqual(before!.helpfulAt);
    // Another reader, on the English lesson of the same translation group: both count, once each.
    expect(await (await mark('vendi-il-tuo-latte', { helpful: true, done: true }, readerB, 'en')).json()).toEqual({ done: true, helpful: true, usefulFor: 2 });
    expect(await (await mark('vendi-il-tuo-latte', { helpful: true }, readerB)).json()).toMatchObject({ usefulFor: 2 });
    const it = (await (await t.call('GET', '/api/lessons/vendi-il-tuo-latte', { cookie: readerA })).json()) as { usefulFor: number; mine: unknown };
    expect(it).toMatchObject({ usefulFor: 2, mine: { done: false, helpful: true } });
    // "Fatto" alone leaves "mi è servita" as it was; unmarking clears only that mark.
    expect(await (await mark('vendi-il-tuo-latte', { done: true }, readerA)).json()).toEqual({ done: true, helpful: true, usefulFor: 2 });
    expect(await (await mark('vendi-il-tuo-latte', { helpful: false }, readerA)).json()).toEqual({ done: true, helpful: false, usefulFor: 1 });
    // B still finds the Italian one useful: still one person.
    expect(await (await mark('vendi-il-tuo-latte', { helpful: false }, readerB, 'en')).json()).toEqual({ done: true, helpful: false, usefulFor: 1 });
  });

  it("leaves another reader's marks untouched", async () => {
    await mark('scorta-minima', { done: true, helpful: true }, readerB);
    await mark('scorta-minima', { done: false, helpful: false }, readerA);
    const rows = await t.db.select().from(lessonProgress).where(eq(lessonProgress.userId, readerBId));
    const scorta = (await t.db.select({ id: lesson.id }).from(lesson).where(and(eq(lesson.slug, 'scorta-minima'), eq(lesson.language, 'it'))))[0]!.id;
    const mine = rows.find((r) => r.lessonId === scorta)!;
    expect(mine.doneAt).not.toBeNull();
    expect(mine.helpfulAt).not.toBeNull();
    const answer = (await (await t.call('GET', '/api/lessons/scorta-minima', { cookie: readerB })).json()) as { mine: unknown; usefulFor: number };
    expect(answer).toMatchObject({ mine: { done: true, helpful: true }, usefulFor: 1 });
  });

  it('refuses a visitor (401), an unpublished or unknown lesson (404) and an empty or wrong change (422)', async () => {
    expect((await mark('scorta-minima', { done: true })).status).toBe(401);
    await t.db.update(lesson).set({ status: 'in_review' }).where(eq(lesson.slug, 'meno-sprechi'));
    expect((await mark('meno-sprechi', { done: true }, readerA)).status).toBe(404);
    expect((await mark('nessuna-lezione', { done: true }, readerA)).status).toBe(404);
    const empty = await mark('scorta-minima', {}, readerA);
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('done');
    expect((await mark('scorta-minima', { done: 'yes' }, readerA)).status).toBe(422);
  });

  it('takes the same marks from a form without JavaScript and sends the reader back to the lesson', async () => {
    const res = await t.app.request(`${TEST_BASE_URL}/api/lessons/vendi-il-tuo-latte/progress?language=en`, {
      method: 'POST',
      headers: { origin: TEST_BASE_URL, cookie: readerA, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'helpful=1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/lezioni/en/vendi-il-tuo-latte');
    const en = (await (await t.call('GET', '/api/lessons/vendi-il-tuo-latte?language=en', { cookie: readerA })).json()) as { mine: unknown };
    expect(en.mine).toEqual({ done: false, helpful: true });
    // From another site, the same form is refused whatever the cookie.
    const forged = await t.app.request(`${TEST_BASE_URL}/api/lessons/vendi-il-tuo-latte/progress`, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', cookie: readerA, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'helpful=0',
    });
    expect(forged.status).toBe(403);
  });
});

describe('GET /api/lessons/{slug} for the lesson page', () => {
  it('gives the video (a file we serve), its transcript, the templates in order, the address to share; no marks for a visitor', async () => {
    const [video, poster, captions, sheet, doc] = [
      await file('video', 'latte.mp4', 'video/mp4'),
      await file('poster', 'latte.jpg', 'image/jpeg'),
      await file('captions', 'latte.vtt', 'text/vtt'),
      await file('template', 'conti-del-latte.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 12_345),
      await file('template', 'lettera.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ];
    const [row] = await t.db
      .update(lesson)
      .set({ videoFileId: video, videoPosterFileId: poster, videoCaptionsFileId: captions, videoTranscript: 'Ciao, sono Anna.' })
      .where(and(eq(lesson.slug, 'vendi-il-tuo-latte'), eq(lesson.language, 'it')))
      .returning();
    await t.db.insert(lessonTemplate).values([
      { lessonId: row!.id, fileId: doc!, title: 'La lettera ai clienti', position: 2 },
      { lessonId: row!.id, fileId: sheet!, title: 'I conti del latte', position: 1 },
    ]);
    const res = await t.call('GET', '/api/lessons/vendi-il-tuo-latte');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('vary')).toMatch(/cookie/i);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.video).toEqual({ source: 'file', src: `/api/library/files/${video}`, poster: `/api/library/files/${poster}`, captions: `/api/library/files/${captions}`, transcript: 'Ciao, sono Anna.' });
    expect(body.templates).toEqual([
      { title: 'I conti del latte', fileName: 'conti-del-latte.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: 12_345, url: `/api/library/files/${sheet}` },
      { title: 'La lettera ai clienti', fileName: 'lettera.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: 2048, url: `/api/library/files/${doc}` },
    ]);
    expect(body.url).toBe(`${TEST_BASE_URL}/lezioni/vendi-il-tuo-latte`);
    expect(body.mine).toBeNull();
    const signedIn = await t.call('GET', '/api/lessons/vendi-il-tuo-latte', { cookie: readerA });
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('gives a link to an allowed host as its player address, and hides one that no longer passes the allow-list', async () => {
    await t.db.update(lesson).set({ videoLinkUrl: 'https://youtu.be/dQw4w9WgXcQ', videoTranscript: null }).where(and(eq(lesson.slug, 'scorta-minima'), eq(lesson.language, 'it')));
    const linked = (await (await t.call('GET', '/api/lessons/scorta-minima')).json()) as { video: unknown };
    expect(linked.video).toEqual({
      source: 'link',
      host: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&cc_load_policy=1',
      poster: null,
      captions: null,
      transcript: null,
    });
    await t.db.update(lesson).set({ videoLinkUrl: 'https://example.com/video' }).where(eq(lesson.slug, 'scorta-minima'));
    expect(((await (await t.call('GET', '/api/lessons/scorta-minima')).json()) as { video: unknown }).video).toBeNull();
    await t.db.update(lesson).set({ videoLinkUrl: null }).where(eq(lesson.slug, 'scorta-minima'));
  });
});

describe('GET /api/lessons for the library page', () => {
  it('lists lessons by title without a query, filters by kind, and badges video and templates', async () => {
    const all = (await (await t.call('GET', '/api/lessons?limit=50')).json()) as { results: { slug: string; title: string; hasVideo: boolean; hasTemplates: boolean }[] };
    expect(all.results.length).toBeGreaterThan(15);
    expect(all.results.map((r) => r.title)).toEqual([...all.results.map((r) => r.title)].sort((a, b) => a.localeCompare(b, 'it')));
    expect(all.results.find((r) => r.slug === 'vendi-il-tuo-latte')).toMatchObject({ hasVideo: true, hasTemplates: true });
    const videos = (await (await t.call('GET', '/api/lessons?kind=video')).json()) as { results: { slug: string }[] };
    expect(videos.results.map((r) => r.slug)).toEqual(['vendi-il-tuo-latte']);
    const templates = (await (await t.call('GET', '/api/lessons?q=latte&kind=template')).json()) as { results: { slug: string }[] };
    expect(templates.results.map((r) => r.slug)).toEqual(['vendi-il-tuo-latte']);
    const text = (await (await t.call('GET', '/api/lessons?kind=text&limit=50')).json()) as { results: { slug: string }[] };
    expect(text.results.map((r) => r.slug)).not.toContain('vendi-il-tuo-latte');
    expect(text.results.length).toBe(all.results.length - 1);
    expect((await t.call('GET', '/api/lessons?kind=podcast')).status).toBe(422);
  });
});

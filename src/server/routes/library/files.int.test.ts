import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../../config/paths.js';
import { lesson, libraryFile, membership } from '../../../db/schema/index.js';
import { TEST_BASE_URL, createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeSportello, makeUser } from '../../../test/factories.js';

const media = (name: string) => fs.readFileSync(projectPath('resources', 'media', name));
const VIDEO = media('il-sito-a-99-euro.mp4');
const POSTER = media('il-sito-a-99-euro.poster.png');
const CAPTIONS = media('il-sito-a-99-euro.it.vtt');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let t: TTestApp;
let cookies: Record<'author' | 'coordinator' | 'reader' | 'otherCoordinator', string>;
let draftId: string;
let publishedId: string;

async function makeLesson(sportelloId: string, authorUserId: string, status: 'draft' | 'published', slug: string) {
  const [row] = await t.db
    .insert(lesson)
    .values({ slug, title: 'Prova', summary: 'Prova', bodyMarkdown: 'Testo', bodyHtml: '<p>Testo</p>', bodyText: 'Testo', areas: ['marketing'], level: 'first_steps', minutes: 3, gulpease: 70, status, sportelloId, authorUserId })
    .returning({ id: lesson.id });
  return row!.id;
}

function upload(lessonId: string, part: string, file: { bytes: Buffer | Uint8Array; name: string }, cookie?: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(file.bytes)], file.name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const headers: Record<string, string> = { origin: TEST_BASE_URL };
  if (cookie) headers.cookie = cookie;
  return Promise.resolve(t.app.request(`${TEST_BASE_URL}/api/library/lessons/${lessonId}/${part}`, { method: 'POST', headers, body: form }));
}

type TMedia = { video: { source: string; file: { id: string; url: string } | null; poster: { url: string } | null; captions: { url: string } | null; transcript: string | null; isTranscriptFromCaptions: boolean; link: { url: string } | null }; templates: { id: string; url: string; title: string; position: number }[] };

const filesOnDisk = () => {
  const dir = t.deps.config.filesDir!;
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
};
const fileRows = async () => (await t.db.select({ id: libraryFile.id }).from(libraryFile)).length;

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['015']);
  const other = await makeSportello(t.db, ['072']);
  const author = await makeUser(t.db);
  await addMember(t.db, author.id, desk.id, 'angel');
  await t.db.update(membership).set({ canAuthor: true }).where(and(eq(membership.userId, author.id), eq(membership.sportelloId, desk.id)));
  const coordinator = await makeUser(t.db);
  await addMember(t.db, coordinator.id, desk.id, 'coordinator');
  const reader = await makeUser(t.db);
  await addMember(t.db, reader.id, desk.id, 'angel');
  const otherCoordinator = await makeUser(t.db);
  await addMember(t.db, otherCoordinator.id, other.id, 'coordinator');
  cookies = {
    author: await t.signIn(author.email),
    coordinator: await t.signIn(coordinator.email),
    reader: await t.signIn(reader.email),
    otherCoordinator: await t.signIn(otherCoordinator.email),
  };
  draftId = await makeLesson(desk.id, author.id, 'draft', 'bozza-con-video');
  publishedId = await makeLesson(desk.id, author.id, 'published', 'lezione-pubblicata');
});
afterAll(() => t.close());

describe('a lesson video uploaded and served', () => {
  let videoUrl: string;

  it('stores the author’s video outside the web root and serves it whole, in one range, and for HEAD', async () => {
    const res = await upload(draftId, 'video', { bytes: VIDEO, name: 'lezione.mp4' }, cookies.author);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TMedia;
    expect(body.video.source).toBe('file');
    videoUrl = body.video.file!.url;
    expect(videoUrl).toBe(`/api/library/files/${body.video.file!.id}`);
    const [row] = await t.db.select().from(libraryFile).where(eq(libraryFile.id, body.video.file!.id));
    expect(row).toMatchObject({ kind: 'video', mediaType: 'video/mp4', bytes: VIDEO.length });
    expect(fs.existsSync(path.join(t.deps.config.filesDir!, row!.storageKey.slice(0, 2), row!.storageKey))).toBe(true);

    const whole = await t.call('GET', videoUrl, { cookie: cookies.author });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('etag')).toBe(`"${row!.sha256}"`);
    expect(whole.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await whole.arrayBuffer()).equals(VIDEO)).toBe(true);

    const part = await t.call('GET', videoUrl, { cookie: cookies.author, headers: { range: 'bytes=100-1099', 'accept-encoding': 'gzip' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${VIDEO.length}`);
    expect(part.headers.get('content-length')).toBe('1000');
    const got = Buffer.from(await part.arrayBuffer());
    expect(got.length).toBe(1000);
    expect(got.equals(VIDEO.subarray(100, 1100))).toBe(true);

    const tail = await t.call('GET', videoUrl, { cookie: cookies.author, headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(VIDEO.subarray(VIDEO.length - 10))).toBe(true);

    const past = await t.call('GET', videoUrl, { cookie: cookies.author, headers: { range: `bytes=${VIDEO.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${VIDEO.length}`);

    const head = await t.call('HEAD', videoUrl, { cookie: cookies.author });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(VIDEO.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    const again = await t.call('GET', videoUrl, { cookie: cookies.author, headers: { 'if-none-match': `"${row!.sha256}"` } });
    expect(again.status).toBe(304);
  });

  it('hides a draft’s files from visitors, other sportelli and angels who do not write, not from its coordinator', async () => {
    expect((await t.call('GET', videoUrl)).status).toBe(404);
    expect((await t.call('GET', videoUrl, { cookie: cookies.otherCoordinator })).status).toBe(404);
    expect((await t.call('GET', videoUrl, { cookie: cookies.reader })).status).toBe(404);
    expect((await t.call('GET', videoUrl, { cookie: cookies.coordinator })).status).toBe(200);
    expect((await t.call('GET', `/api/library/lessons/${draftId}/media`, { cookie: cookies.otherCoordinator })).status).toBe(404);
  });

  it('takes captions, makes the transcript from them, and keeps one the author wrote', async () => {
    const res = await upload(draftId, 'captions', { bytes: CAPTIONS, name: 'sottotitoli.vtt' }, cookies.author);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TMedia;
    expect(body.video.transcript).toContain('nessuno può garantire il primo posto su Google');
    expect(body.video.isTranscriptFromCaptions).toBe(true);
    const served = await t.call('GET', body.video.captions!.url, { cookie: cookies.author });
    expect(served.headers.get('content-type')).toBe('text/vtt; charset=utf-8');

    const written = await t.call('PUT', `/api/library/lessons/${draftId}/transcript`, { cookie: cookies.author, body: { text: 'Scritto da me.' } });
    expect(((await written.json()) as TMedia).video).toMatchObject({ transcript: 'Scritto da me.', isTranscriptFromCaptions: false });
    const other = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nAltri sottotitoli.\n');
    const kept = (await (await upload(draftId, 'captions', { bytes: other, name: 'nuovi.vtt' }, cookies.author)).json()) as TMedia;
    expect(kept.video.transcript).toBe('Scritto da me.');
    const back = await t.call('PUT', `/api/library/lessons/${draftId}/transcript`, { cookie: cookies.author, body: { text: '' } });
    expect(((await back.json()) as TMedia).video.transcript).toBe('Altri sottotitoli.');
  });

  it('refuses a file whose bytes are not what its name says, next to the field, storing nothing', async () => {
    const rows = await fileRows();
    const onDisk = filesOnDisk();
    const fake = await upload(draftId, 'video', { bytes: Buffer.from('Questo è un testo, non un video.'), name: 'lezione.mp4' }, cookies.author);
    expect(fake.status).toBe(422);
    const problem = (await fake.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(problem.code).toBe('video.type_not_allowed');
    expect(problem.errors[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/MP4/) });
    const svg = await upload(draftId, 'poster', { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'copertina.svg' }, cookies.author);
    expect(((await svg.json()) as { code: string }).code).toBe('video.poster_not_allowed');
    const zip = await upload(draftId, 'templates', { bytes: Buffer.from('PK\u0003\u0004 not a pdf'), name: 'modulo.pdf' }, cookies.author, { title: 'Modulo' });
    expect(zip.status).toBe(422);
    expect(await fileRows()).toBe(rows);
    expect(filesOnDisk()).toBe(onDisk);
    const media = (await (await t.call('GET', `/api/library/lessons/${draftId}/media`, { cookie: cookies.author })).json()) as TMedia;
    expect(media.video.file!.url).toBe(videoUrl);
    expect(media.video.poster).toBeNull();
  });

  it('answers 413 and closes the connection for a poster far over its limit', async () => {
    const res = await upload(draftId, 'poster', { bytes: Buffer.concat([POSTER, Buffer.alloc(3 * 1024 * 1024)]), name: 'copertina.png' }, cookies.author);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('file.too_large');
    expect(res.headers.get('connection')).toBe('close');
  });
});

describe('a video link', () => {
  it('is refused for http or a host not on the list, with the reason on videoLinkUrl and nothing saved', async () => {
    const before = await t.db.select().from(lesson).where(eq(lesson.id, draftId));
    for (const [url, words] of [
      ['http://www.youtube.com/watch?v=dQw4w9WgXcQ', /https/],
      ['https://www.dailymotion.com/video/x7tgad0', /YouTube o Vimeo/],
      ['https://www.youtube.com/@canale', /non porta a un video/],
    ] as const) {
      const res = await t.call('PUT', `/api/library/lessons/${draftId}/video-link`, { cookie: cookies.author, body: { url } });
      expect(res.status, url).toBe(422);
      const problem = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
      expect(problem.code).toBe('video.link_not_allowed');
      expect(problem.errors).toEqual([{ field: 'videoLinkUrl', message: expect.stringMatching(words) }]);
    }
    expect(await t.db.select().from(lesson).where(eq(lesson.id, draftId))).toEqual(before);
  });

  it('replaces the uploaded file when allowed, and the file is gone from disk', async () => {
    const onDisk = filesOnDisk();
    const res = await t.call('PUT', `/api/library/lessons/${draftId}/video-link`, { cookie: cookies.author, body: { url: 'https://youtu.be/dQw4w9WgXcQ' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TMedia;
    expect(body.video).toMatchObject({ source: 'link', file: null, link: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } });
    expect(filesOnDisk()).toBe(onDisk - 1);
  });
});

describe('templates', () => {
  it('are served as attachments with nosniff, in order, to everyone once the lesson is published', async () => {
    const first = await upload(publishedId, 'templates', { bytes: PDF, name: 'Le 10 domande è.pdf' }, cookies.coordinator, { title: 'Le dieci domande' });
    expect(first.status).toBe(200);
    const second = await upload(publishedId, 'templates', { bytes: PDF, name: 'altro.pdf' }, cookies.coordinator, { title: 'Un altro' });
    const list = ((await second.json()) as TMedia).templates;
    expect(list.map((x) => [x.title, x.position])).toEqual([['Le dieci domande', 0], ['Un altro', 1]]);
    const res = await t.call('GET', list[0]!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''Le%2010%20domande%20%C3%A8.pdf`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toContain('public');

    const moved = await t.call('PATCH', `/api/library/lessons/${publishedId}/templates/${list[1]!.id}`, { cookie: cookies.coordinator, body: { position: 0, title: 'Primo' } });
    expect(((await moved.json()) as TMedia).templates[0]!.title).toBe('Primo');
    const removed = await t.call('DELETE', `/api/library/lessons/${publishedId}/templates/${list[0]!.id}`, { cookie: cookies.coordinator });
    expect(((await removed.json()) as TMedia).templates.map((x) => x.title)).toEqual(['Primo']);
    expect((await t.call('GET', list[0]!.url)).status).toBe(404);
  });

  it('asks for a title and a file', async () => {
    const res = await upload(publishedId, 'templates', { bytes: PDF, name: 'a.pdf' }, cookies.coordinator, { title: '  ' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('title');
  });
});

describe('who may change a lesson’s media', () => {
  it('refuses an author on a published lesson (403), another sportello (404) and a visitor (401)', async () => {
    const mine = await upload(publishedId, 'poster', { bytes: POSTER, name: 'copertina.png' }, cookies.author);
    expect(mine.status).toBe(403);
    expect(((await mine.json()) as { code: string }).code).toBe('policy.forbidden');
    expect((await upload(draftId, 'poster', { bytes: POSTER, name: 'copertina.png' }, cookies.otherCoordinator)).status).toBe(404);
    expect((await upload(draftId, 'poster', { bytes: POSTER, name: 'copertina.png' }, cookies.reader)).status).toBe(404);
    expect((await upload(draftId, 'poster', { bytes: POSTER, name: 'copertina.png' })).status).toBe(401);
    expect((await t.call('DELETE', `/api/library/lessons/${publishedId}/video`, { cookie: cookies.author })).status).toBe(403);
  });

  it('lets the author say "no video": everything goes, files included', async () => {
    await upload(draftId, 'poster', { bytes: POSTER, name: 'copertina.png' }, cookies.author);
    const res = await t.call('DELETE', `/api/library/lessons/${draftId}/video`, { cookie: cookies.author });
    expect(((await res.json()) as TMedia).video).toMatchObject({ source: 'none', poster: null, captions: null, transcript: null, link: null });
    const [row] = await t.db.select().from(lesson).where(eq(lesson.id, draftId));
    expect(row).toMatchObject({ videoFileId: null, videoPosterFileId: null, videoCaptionsFileId: null, videoLinkUrl: null });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../../config/paths.js';
import { lesson, lessonTemplate, libraryFile } from '../../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../../test/db.js';
import { importLessonDir } from '../import-lessons.js';
import { lessonKindCondition, lessonKindsOf } from '../lesson-kinds.js';
import { createFileStore } from './file-store.js';
import { DEMO_VIDEO_LESSON, seedDemoMedia } from './seed-demo-media.js';

let t: TTestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-seed-files-'));
  await importLessonDir(t.db, projectPath('resources', 'lessons'));
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('seedDemoMedia', () => {
  it('puts the demo video with poster, captions and transcript on its lesson and the six templates on theirs, once', async () => {
    const store = createFileStore(dir);
    await seedDemoMedia(t.db, store);
    await seedDemoMedia(t.db, store);
    const [row] = await t.db.select().from(lesson).where(eq(lesson.slug, DEMO_VIDEO_LESSON));
    expect(row!.videoFileId).not.toBeNull();
    expect(row!.videoPosterFileId).not.toBeNull();
    expect(row!.videoCaptionsFileId).not.toBeNull();
    expect(row!.videoTranscript).toMatch(/^Ti chiamano e ti offrono un sito a 99 euro/);
    expect(await t.db.select().from(lessonTemplate)).toHaveLength(6);
    const files = await t.db.select().from(libraryFile);
    expect(files).toHaveLength(9);
    const [video] = files.filter((f) => f.kind === 'video');
    expect(await store.size(video!.storageKey)).toBe(fs.statSync(projectPath('resources', 'media', 'il-sito-a-99-euro.mp4')).size);
  });

  it('tells lessons with a video or templates apart in SQL (lessonKindCondition, lessonKindsOf)', async () => {
    const withVideo = await t.db.execute<{ slug: string }>(sql`select l.slug from lesson l where l.language = 'it' and ${lessonKindCondition(['video'])}`);
    expect(withVideo.rows.map((r) => r.slug)).toEqual([DEMO_VIDEO_LESSON]);
    const withTemplates = await t.db.execute<{ slug: string }>(sql`select l.slug from lesson l where ${lessonKindCondition(['template'])}`);
    expect(withTemplates.rows.map((r) => r.slug).sort()).toEqual(['cassa-dei-prossimi-90-giorni', 'il-sito-a-99-euro', 'il-tuo-cliente-tipo', 'piano-in-una-pagina', 'quanto-mi-costa-davvero']);
    const kinds = await lessonKindsOf(t.db, [DEMO_VIDEO_LESSON, 'vendi-il-tuo-latte'], 'it');
    expect(kinds.get(DEMO_VIDEO_LESSON)).toEqual({ hasVideo: true, hasTemplates: true });
    expect(kinds.get('vendi-il-tuo-latte')).toEqual({ hasVideo: false, hasTemplates: false });
  });

  it('stores a file again when its bytes went missing from disk', async () => {
    const store = createFileStore(dir);
    const [video] = await t.db.select().from(libraryFile).where(eq(libraryFile.kind, 'video'));
    await store.remove(video!.storageKey);
    await seedDemoMedia(t.db, store);
    const [row] = await t.db.select().from(lesson).where(eq(lesson.slug, DEMO_VIDEO_LESSON));
    const [now] = await t.db.select().from(libraryFile).where(eq(libraryFile.id, row!.videoFileId!));
    expect(await store.size(now!.storageKey)).toBe(now!.bytes);
  });
});

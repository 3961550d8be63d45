import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { can } from '../../../policy/index.js';
import { createFileStore, DEFAULT_FILES_DIR, type TFileStore } from '../../../services/library/files/file-store.js';
import { findFileWithLesson } from '../../../services/library/files/library-files.js';
import { findLesson, getLessonMedia, type TLessonRow } from '../../../services/library/files/lesson-media.js';
import { addLessonTemplate, removeLessonTemplate, updateLessonTemplate } from '../../../services/library/files/lesson-templates.js';
import { removeLessonVideo, setLessonCaptions, setLessonPoster, setLessonTranscript, setLessonVideoFile, setLessonVideoLink, type TUpload } from '../../../services/library/files/lesson-video.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { byteRange } from '../../http-range.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { fieldErrors } from '../../problem.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZFileIdParams, ZFileUpload, ZLessonIdParams, ZLessonMedia, ZLessonTemplateParams, ZTemplateChange, ZTemplateTitle, ZTemplateUpload, ZTranscriptInput, ZVideoLinkInput } from './files-schema.js';

const tags = ['library'];
const tooLarge = { description: 'The file is larger than its kind allows', content: { 'application/problem+json': { schema: z.any() } } };
const writeResponses = { 200: json(ZLessonMedia), 401: problemResponses[401], 403: { description: 'The lesson is visible but not yours to edit' }, 404: problemResponses[404], 413: tooLarge, 422: problemResponses[422] };
const multipart = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'multipart/form-data': { schema } } } });

const mediaRoute = defineRoute({ method: 'get', path: '/library/lessons/{id}/media', tags, summary: "A lesson's video, poster, captions, transcript and templates, for its editor", permission: 'lesson.read_draft', request: { params: ZLessonIdParams }, responses: { 200: json(ZLessonMedia), 401: problemResponses[401], 404: problemResponses[404] } });
const uploadRoute = (part: 'video' | 'poster' | 'captions', summary: string) =>
  defineRoute({ method: 'post', path: `/library/lessons/{id}/${part}`, tags, summary, permission: 'lesson.edit', request: { params: ZLessonIdParams, ...multipart(ZFileUpload) }, responses: writeResponses });
const videoRoute = uploadRoute('video', 'Upload the video (multipart `file`: MP4 or WebM by content, 50 MB at most); it replaces a linked video');
const posterRoute = uploadRoute('poster', 'Upload the poster (multipart `file`: PNG, JPEG or WebP by content, 2 MB at most)');
const captionsRoute = uploadRoute('captions', 'Upload WebVTT captions (multipart `file`, 512 KB at most); the transcript follows unless the author wrote one');
const linkRoute = defineRoute({ method: 'put', path: '/library/lessons/{id}/video-link', tags, summary: 'Link a video on YouTube or Vimeo (https only); a refusal says why on `videoLinkUrl`', permission: 'lesson.edit', request: { params: ZLessonIdParams, ...jsonBody(ZVideoLinkInput) }, responses: writeResponses });
const transcriptRoute = defineRoute({ method: 'put', path: '/library/lessons/{id}/transcript', tags, summary: "The video's transcript as the author wrote it (empty: the one from the captions)", permission: 'lesson.edit', request: { params: ZLessonIdParams, ...jsonBody(ZTranscriptInput) }, responses: writeResponses });
const removeVideoRoute = defineRoute({ method: 'delete', path: '/library/lessons/{id}/video', tags, summary: 'No video: file or link, poster, captions and transcript removed', permission: 'lesson.edit', request: { params: ZLessonIdParams }, responses: writeResponses });
const addTemplateRoute = defineRoute({ method: 'post', path: '/library/lessons/{id}/templates', tags, summary: 'Add a template (multipart `file`: PDF, DOCX, XLSX, ODT or ODS by content, 10 MB at most; `title`)', permission: 'lesson.edit', request: { params: ZLessonIdParams, ...multipart(ZTemplateUpload) }, responses: writeResponses });
const changeTemplateRoute = defineRoute({ method: 'patch', path: '/library/lessons/{id}/templates/{fileId}', tags, summary: "Rename a template or change its place in the list", permission: 'lesson.edit', request: { params: ZLessonTemplateParams, ...jsonBody(ZTemplateChange) }, responses: writeResponses });
const removeTemplateRoute = defineRoute({ method: 'delete', path: '/library/lessons/{id}/templates/{fileId}', tags, summary: 'Take a template off the lesson', permission: 'lesson.edit', request: { params: ZLessonTemplateParams }, responses: writeResponses });
const fileRoute = defineRoute({
  method: 'get',
  path: '/library/files/{id}',
  tags,
  summary: "A lesson's file: video, poster and captions inline (byte ranges), templates as attachments; a draft's only for who may read it",
  permission: 'public',
  request: { params: ZFileIdParams },
  responses: {
    200: { description: 'The whole file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
    206: { description: 'One byte range (`Range: bytes=…`)', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
    304: { description: 'Not changed (If-None-Match)' },
    404: problemResponses[404],
    416: { description: 'The range starts past the end of the file' },
  },
});

const storeOf = (c: Context<TAppEnv>): TFileStore => createFileStore(c.get('deps').config.filesDir ?? DEFAULT_FILES_DIR);
const resourceOf = (row: Pick<TLessonRow, 'sportelloId' | 'authorUserId' | 'status'>) => ({ type: 'lesson' as const, sportelloId: row.sportelloId, authorUserId: row.authorUserId, status: row.status });

/** Everyone reads a published lesson; any other only who may read drafts of it (others get 404). */
const isReadable = (c: Context<TAppEnv>, row: Pick<TLessonRow, 'sportelloId' | 'authorUserId' | 'status'>) => row.status === 'published' || can(c.get('actor'), 'lesson.read_draft', resourceOf(row));

/** Load → authorize: the lesson, if the actor may change its video and templates (403 if only readable, 404 if not even that). */
async function lessonToEdit(c: Context<TAppEnv>, id: string): Promise<TLessonRow> {
  const row = await findLesson(c.get('deps').db, id);
  if (!row || !isReadable(c, row)) throw new AppError('resource.not_found', 404);
  // Readable by now (published, or a draft they may see): a refusal is 403, not 404.
  if (!can(c.get('actor'), 'lesson.edit', resourceOf(row))) throw new AppError('policy.forbidden', 403);
  return row;
}

/** The lesson as it is now, with what the actor may do: every write answers with it. */
async function present(c: Context<TAppEnv>, lessonId: string) {
  const row = (await findLesson(c.get('deps').db, lessonId))!;
  const media = await getLessonMedia(c.get('deps').db, storeOf(c), row);
  return { lessonId: row.id, ...media, abilities: { canEdit: can(c.get('actor'), 'lesson.edit', resourceOf(row)) } };
}

/** The `file` part of a multipart upload (and the other fields), or a refusal next to the field. */
async function readUpload(c: Context<TAppEnv>): Promise<{ upload: TUpload; fields: Record<string, unknown> }> {
  const form = await c.req.parseBody().catch(() => {
    throw new AppError('request.malformed_multipart', 400);
  });
  const file = form.file;
  if (!(file instanceof File)) throw new AppError('file.missing', 422, [{ field: 'file', message: messageFor('file.missing', c.get('locale')) }]);
  return { upload: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, uploadedBy: c.get('actor')!.userId, locale: c.get('locale') }, fields: form };
}

/**
 * A lesson's video (uploaded or linked), poster, captions, transcript and templates: the
 * editor's writes (lesson.edit), and the files themselves for readers, streamed from disk
 * with byte ranges. Uploads are multipart/form-data with the file in `file`.
 *
 * @example api.route('/', libraryFileRoutes()); // GET /api/library/files/{id}
 */
export function libraryFileRoutes() {
  const router = createRouter();

  router.openapi(mediaRoute, async (c) => {
    const row = await findLesson(c.get('deps').db, c.req.valid('param').id);
    if (!row || !isReadable(c, row)) throw new AppError('resource.not_found', 404);
    c.header('cache-control', 'private, no-cache');
    return c.json(await present(c, row.id), 200);
  });

  const uploads = [
    [videoRoute, setLessonVideoFile],
    [posterRoute, setLessonPoster],
    [captionsRoute, setLessonCaptions],
  ] as const;
  for (const [route, save] of uploads) {
    router.openapi(route, async (c) => {
      const row = await lessonToEdit(c, c.req.valid('param').id);
      const { upload } = await readUpload(c);
      await save(c.get('deps').db, storeOf(c), row, upload);
      return c.json(await present(c, row.id), 200);
    });
  }

  router.openapi(linkRoute, async (c) => {
    const row = await lessonToEdit(c, c.req.valid('param').id);
    await setLessonVideoLink(c.get('deps').db, storeOf(c), row, c.req.valid('json').url, c.get('locale'));
    return c.json(await present(c, row.id), 200);
  });

  router.openapi(transcriptRoute, async (c) => {
    const row = await lessonToEdit(c, c.req.valid('param').id);
    await setLessonTranscript(c.get('deps').db, storeOf(c), row, c.req.valid('json').text);
    return c.json(await present(c, row.id), 200);
  });

  router.openapi(removeVideoRoute, async (c) => {
    const row = await lessonToEdit(c, c.req.valid('param').id);
    await removeLessonVideo(c.get('deps').db, storeOf(c), row);
    return c.json(await present(c, row.id), 200);
  });

  router.openapi(addTemplateRoute, async (c) => {
    const row = await lessonToEdit(c, c.req.valid('param').id);
    const { upload, fields } = await readUpload(c);
    const title = ZTemplateTitle.safeParse(typeof fields.title === 'string' ? fields.title : '');
    if (!title.success) throw new AppError('request.invalid', 422, fieldErrors(title.error, c.get('locale')).map((e) => ({ ...e, field: 'title' })));
    await addLessonTemplate(c.get('deps').db, storeOf(c), row, upload, title.data);
    return c.json(await present(c, row.id), 200);
  });

  router.openapi(changeTemplateRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    const row = await lessonToEdit(c, id);
    await updateLessonTemplate(c.get('deps').db, row, fileId, c.req.valid('json'));
    return c.json(await present(c, row.id), 200);
  });

  router.openapi(removeTemplateRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    const row = await lessonToEdit(c, id);
    await removeLessonTemplate(c.get('deps').db, storeOf(c), row, fileId);
    return c.json(await present(c, row.id), 200);
  });

  router.openapi(fileRoute, async (c) => {
    const found = await findFileWithLesson(c.get('deps').db, c.req.valid('param').id);
    if (!found || !isReadable(c, found.lesson)) throw new AppError('resource.not_found', 404);
    const { file } = found;
    const store = storeOf(c);
    const size = await store.size(file.storageKey);
    if (size === undefined) throw new AppError('resource.not_found', 404);
    const etag = `"${file.sha256}"`;
    const headers: Record<string, string> = {
      'content-type': file.mediaType,
      etag,
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      // no-transform: never gzipped on the way (a byte range must count the file's own bytes).
      'cache-control': found.lesson.status === 'published' ? 'public, max-age=3600, no-transform' : 'private, no-cache, no-transform',
      'content-disposition': file.kind === 'template' ? `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` : 'inline',
    };
    if (found.lesson.status !== 'published') headers.vary = 'cookie';
    if (c.req.header('if-none-match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
    const ifRange = c.req.header('if-range');
    const range = ifRange && ifRange !== etag ? { kind: 'whole' as const } : byteRange(c.req.header('range'), size);
    if (range.kind === 'unsatisfiable') return c.body(null, 416, { ...headers, 'content-range': `bytes */${size}` });
    const isHead = c.req.method === 'HEAD';
    if (range.kind === 'part') {
      const part = { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': String(range.end - range.start + 1) };
      return isHead ? c.body(null, 206, part) : c.body(store.stream(file.storageKey, range), 206, part);
    }
    const whole = { ...headers, 'content-length': String(size) };
    return isHead ? c.body(null, 200, whole) : c.body(store.stream(file.storageKey), 200, whole);
  });

  return router;
}

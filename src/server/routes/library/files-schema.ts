import { z } from '@hono/zod-openapi';

export const ZLessonIdParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const ZLessonTemplateParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  fileId: z.uuid().openapi({ param: { name: 'fileId', in: 'path' } }),
});
export const ZFileIdParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** One file in a multipart/form-data body, in the field `file` (a template also has `title`). */
export const ZFileUpload = z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) });
export const ZTemplateUpload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary' }),
  title: z.string().openapi({ description: 'Shown as the link text; 1 to 120 characters' }),
});
export const ZTemplateTitle = z.string().trim().min(1).max(120);

export const ZVideoLinkInput = z.strictObject({ url: z.string().trim().min(1).max(500).openapi({ example: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }) });
export const ZTranscriptInput = z.strictObject({ text: z.string().max(50_000).openapi({ description: 'Empty: the transcript made from the captions' }) });
export const ZTemplateChange = z.strictObject({ title: ZTemplateTitle.optional(), position: z.number().int().min(0).max(999).optional() });

const ZFile = z.object({ id: z.string(), url: z.string().openapi({ example: '/api/library/files/0b8e…' }), fileName: z.string(), mediaType: z.string(), bytes: z.number().int() });

export const ZLessonMedia = z
  .object({
    lessonId: z.string(),
    video: z.object({
      source: z.enum(['none', 'file', 'link']),
      file: ZFile.nullable(),
      link: z.object({ url: z.string(), host: z.enum(['youtube', 'vimeo']), embedUrl: z.string() }).nullable(),
      poster: ZFile.nullable(),
      captions: ZFile.nullable(),
      transcript: z.string().nullable(),
      isTranscriptFromCaptions: z.boolean(),
    }),
    templates: z.array(ZFile.extend({ title: z.string(), position: z.number().int() })),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .openapi('LessonMedia');

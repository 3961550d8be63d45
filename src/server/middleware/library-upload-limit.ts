import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_UPLOAD_BYTES, type TUploadKind } from '../../services/library/files/check-upload.js';
import type { TAppEnv } from '../context.js';
import { closingConnection, problem } from '../problem.js';

/** Room for the multipart envelope (boundaries, part headers, a template's title) around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const UPLOAD_PATH = /^\/api\/library\/lessons\/[^/]+\/(video|poster|captions|templates)$/;
const KIND_OF: Record<string, TUploadKind> = { video: 'video', poster: 'poster', captions: 'captions', templates: 'template' };

const limits = Object.fromEntries(
  (Object.keys(MAX_UPLOAD_BYTES) as TUploadKind[]).map((kind) => [
    kind,
    // Over the limit the body is not read on: 413 and the connection closed (the rest is still on the socket).
    bodyLimit({ maxSize: MAX_UPLOAD_BYTES[kind] + FORM_OVERHEAD_BYTES, onError: (c) => closingConnection(problem(c as never, 413, 'file.too_large')) }),
  ]),
) as Record<TUploadKind, MiddlewareHandler<TAppEnv>>;

/**
 * The body limit of a lesson media upload (POST …/video, …/poster, …/captions, …/templates):
 * the largest file of that kind plus the form around it, larger than the 1 MiB JSON default.
 * Undefined for every other request, which keeps the default.
 *
 * @example const limit = libraryUploadLimit('POST', '/api/library/lessons/1/video'); // 50 MiB + 64 KiB
 */
export function libraryUploadLimit(method: string, path: string): MiddlewareHandler<TAppEnv> | undefined {
  if (method !== 'POST') return undefined;
  const part = UPLOAD_PATH.exec(path)?.[1];
  return part ? limits[KIND_OF[part]!] : undefined;
}

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '../services/system/db.js';
import { AppError, messageFor, RateLimitedError, rateLimitedDetail, type TErrorCode, type TFieldError } from '../shared/errors.js';
import type { TLocale } from '../shared/locale.js';
import type { TAppEnv } from './context.js';
import { localizeIssue } from './validation-messages.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Writes an RFC 9457 problem document with our stable `code` and a `detail` in the
 * caller's language.
 *
 * @example return problem(c, 404, 'resource.not_found');
 */
export function problem(c: Context<TAppEnv>, status: number, code: TErrorCode, fields: TFieldError[] = [], detail?: string) {
  const locale = c.get('locale') ?? 'it';
  const body = {
    type: `https://affianco.it/problems/${code.replace(/\./g, '/')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: detail ?? messageFor(code, locale),
    instance: new URL(c.req.url).pathname,
    code,
    ...(fields.length ? { errors: fields } : {}),
  };
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, { 'content-type': 'application/problem+json; charset=utf-8' });
}

/**
 * A 429 problem whose `Retry-After` (seconds) and `detail` say when to try again.
 *
 * @example return rateLimited(c, new RateLimitedError('auth.rate_limited', 60));
 */
export function rateLimited(c: Context<TAppEnv>, err: RateLimitedError) {
  const seconds = Math.max(1, Math.ceil(err.retryAfterSeconds));
  c.header('retry-after', String(seconds));
  return problem(c, 429, err.code, [], rateLimitedDetail(err.code as 'request.rate_limited' | 'auth.rate_limited', seconds, c.get('locale') ?? 'it'));
}

export function fieldErrors(error: z.ZodError, locale: TLocale): TFieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), message: localizeIssue(issue, locale) }));
    }
    return [{ field: issue.path.join('.') || '_', message: localizeIssue(issue, locale) }];
  });
}

/** Seconds a client is asked to wait while the database is out of reach: a restart takes a few. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * 503 while the database is out of reach: the client may retry the same request
 * (writes carry idempotency keys), nothing was changed.
 *
 * @example if (isDatabaseUnavailable(err)) return unavailable(c);
 */
export function unavailable(c: Context<TAppEnv>) {
  const res = problem(c, 503, 'service.unavailable');
  res.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  res.headers.set('cache-control', 'no-store');
  return res;
}

/**
 * Marks an answer given without reading the request's body: a keep-alive client's next
 * request would otherwise be read from the middle of the unread body.
 */
export function closingConnection(res: Response): Response {
  res.headers.set('connection', 'close');
  return res;
}

/** The one error handler: known errors become problems, anything else a plain 500 that is logged. */
export function onError(err: Error, c: Context<TAppEnv>) {
  if (err instanceof RateLimitedError) return rateLimited(c, err);
  if (err instanceof AppError) return problem(c, err.status, err.code, err.fields);
  if (isDatabaseUnavailable(err)) {
    c.get('deps')?.logger.warn({ requestId: c.get('requestId'), reason: err.message }, 'database unavailable');
    return unavailable(c);
  }
  if (err instanceof HTTPException) {
    // Refused part-way through the body: the rest is still on the socket, so the client must start a
    // new connection (a body never touched, as with 415, is closed by closeAfterUnreadBody).
    if (err.status === 413) return closingConnection(problem(c, 413, 'request.too_large'));
    if (err.status === 415) return problem(c, 415, 'request.unsupported_media_type');
    // Hono's validator says which body it could not read only in the message.
    if (err.status === 400) return problem(c, 400, err.message.startsWith('Malformed FormData') ? 'request.malformed_multipart' : 'request.malformed_json');
    if (err.status === 401) return problem(c, 401, 'auth.required');
    if (err.status === 404) return problem(c, 404, 'route.not_found');
  }
  c.get('deps')?.logger.error({ err, requestId: c.get('requestId') }, 'unhandled error');
  return problem(c, 500, 'internal');
}

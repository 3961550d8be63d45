import type { Context } from 'hono';
import { RateLimitedError, type TErrorCode } from '../shared/errors.js';
import type { TAppEnv } from './context.js';
import { problem, rateLimited } from './problem.js';

/** better-auth's error codes, as ours; any other refusal is `auth.failed`. */
const CODES: Record<string, TErrorCode> = {
  INVALID_EMAIL_OR_PASSWORD: 'auth.invalid_credentials',
  INVALID_PASSWORD: 'auth.invalid_credentials',
  USER_NOT_FOUND: 'auth.invalid_credentials',
  CREDENTIAL_ACCOUNT_NOT_FOUND: 'auth.no_password',
  USER_ALREADY_EXISTS: 'auth.email_taken',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'auth.email_taken',
  INVALID_EMAIL: 'auth.invalid_email',
  PASSWORD_TOO_SHORT: 'auth.password_too_short',
  PASSWORD_TOO_LONG: 'auth.password_too_long',
  INVALID_TOKEN: 'auth.invalid_token',
  TOKEN_EXPIRED: 'auth.invalid_token',
  EMAIL_NOT_VERIFIED: 'auth.email_not_verified',
  FAILED_TO_CREATE_USER: 'auth.create_failed',
  INVALID_ORIGIN: 'request.cross_site',
  MISSING_OR_NULL_ORIGIN: 'request.cross_site',
};

/**
 * better-auth answers its refusals in its own JSON (`{"message":"Too many requests…"}`,
 * `{"code":"INVALID_EMAIL_OR_PASSWORD","message":…}`), in English. This turns any non-2xx
 * JSON answer into our problem+json in the caller's language, keeping better-auth's code
 * as `authCode` and its headers (cookies); redirects and successes pass untouched.
 *
 * @example return authProblem(c, await deps.auth.handler(request));
 */
export async function authProblem(c: Context<TAppEnv>, res: Response): Promise<Response> {
  if (res.status < 400 || !res.headers.get('content-type')?.includes('json')) return res;
  const body = (await res.json().catch(() => ({}))) as { code?: unknown };
  const authCode = typeof body.code === 'string' ? body.code : undefined;
  let answer: Response;
  if (res.status === 429) {
    answer = rateLimited(c, new RateLimitedError('auth.rate_limited', Number(res.headers.get('x-retry-after')) || 60));
  } else {
    answer = problem(c, res.status, (authCode && CODES[authCode]) || 'auth.failed');
  }
  const out = authCode ? withMember(await answer.json(), 'authCode', authCode) : await answer.text();
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  answer.headers.forEach((value, name) => headers.set(name, value));
  return new Response(out, { status: res.status, headers });
}

function withMember(problemBody: Record<string, unknown>, name: string, value: string): string {
  return JSON.stringify({ ...problemBody, [name]: value });
}

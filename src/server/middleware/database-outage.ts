import type { MiddlewareHandler } from 'hono';
import { databaseAnswers } from '../../services/system/database-health.js';
import type { TAppEnv } from '../context.js';
import { unavailable } from '../problem.js';

/**
 * Turns a server error into 503 + Retry-After when the database is what failed.
 * Errors our handlers throw are recognised in onError; this catches the answers that
 * arrive as finished 500 responses (better-auth catches its own database errors), by
 * asking the database whether it answers.
 */
export function databaseOutage(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 500 || c.res.status === 503) return;
    if (await databaseAnswers(c.get('deps').db)) return;
    // Cleared first: Hono copies the old answer's headers (its length among them) onto a replacement.
    c.res = undefined;
    c.res = unavailable(c);
  };
}

import crypto from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { TAppEnv } from '../context.js';

/** One structured log line per request, with an id echoed in X-Request-Id. */
export function requestLog(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    await next();
    const logger = c.get('deps').logger;
    logger.info(
      {
        requestId,
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: c.get('actor')?.userId,
      },
      'request',
    );
  };
}

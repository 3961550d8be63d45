import type { MiddlewareHandler } from 'hono';
import type { TAppEnv } from '../context.js';

/**
 * An API refusal that comes before the body is read (sign-in needed, another site,
 * a wrong media type, a rate limit) leaves that body on the socket; a keep-alive
 * client's next request would be read from its middle. Such answers close the
 * connection, and the client opens a fresh one.
 */
export function closeAfterUnreadBody(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 400 || c.req.raw.bodyUsed) return;
    const length = c.req.header('content-length');
    const hasBody = length !== undefined ? length !== '0' : c.req.header('transfer-encoding') !== undefined;
    if (!hasBody) return;
    try {
      c.res.headers.set('connection', 'close');
    } catch {
      // An answer with immutable headers: rebuilt around the same body.
      const headers = new Headers(c.res.headers);
      headers.set('connection', 'close');
      const res = new Response(c.res.body, { status: c.res.status, headers });
      c.res = undefined;
      c.res = res;
    }
  };
}

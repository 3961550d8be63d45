import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request comes from: the first `X-Forwarded-For` hop when we were told
 * to trust the proxy in front (TRUST_PROXY), the socket's otherwise. better-auth's
 * limits and ours count by it, so both see the same person.
 *
 * @example const address = clientIp(c, deps.config.trustProxy);
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? '127.0.0.1';
  } catch {
    // app.request() in tests has no socket.
    return '127.0.0.1';
  }
}

import type { MiddlewareHandler } from 'hono';
import { VIDEO_PLAYER_ORIGINS } from '../../domain/library/video-hosts.js';
import type { TAppEnv } from '../context.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // A lesson's linked video plays in the host's privacy-minded player, inserted only after a tap.
  `frame-src ${VIDEO_PLAYER_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every response. HSTS only when the request really came over
 * TLS (directly, or through a proxy we were told to trust), as browsers ignore it on http.
 */
export function securityHeaders(options: { trustProxy: boolean }): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('x-frame-options', 'DENY');
    c.header('referrer-policy', 'strict-origin-when-cross-origin');
    c.header('cross-origin-opener-policy', 'same-origin');
    c.header('permissions-policy', 'camera=(), microphone=(), geolocation=(self)');
    const forwardedProto = options.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
    const isTls = new URL(c.req.url).protocol === 'https:' || forwardedProto === 'https';
    if (isTls) c.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  };
}

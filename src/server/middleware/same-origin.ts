import type { MiddlewareHandler } from 'hono';
import type { TAppEnv, TDeps } from '../context.js';
import { problem } from '../problem.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin a browser says the request comes from: `Origin`, else the `Referer`'s; undefined when it says neither. */
function claimedOrigin(origin: string | undefined, referer: string | undefined): string | undefined {
  if (origin) return origin;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    // An unreadable Referer names no site we know.
    return 'null';
  }
}

/**
 * Refuses, with 403, a state-changing request that a browser says comes from another
 * site: defence in depth beyond `SameSite=Lax` cookies. Requests that carry neither
 * `Origin` nor `Referer` (the CLI, server-to-server calls) pass, since only browsers
 * send a cookie on someone else's behalf and they always send one of the two.
 * `config` is read at each request: the server fills in `baseUrl` once it listens.
 *
 * @example app.use('/api/*', sameOrigin(deps.config));
 */
export function sameOrigin(config: Pick<TDeps['config'], 'baseUrl' | 'extraOrigins'>): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const claimed = claimedOrigin(c.req.header('origin'), c.req.header('referer'));
    if (claimed === undefined) return next();
    const own = [config.baseUrl, ...(config.extraOrigins ?? [])].map((u) => new URL(u).origin);
    if (!own.includes(claimed.toLowerCase())) return problem(c, 403, 'request.cross_site');
    return next();
  };
}

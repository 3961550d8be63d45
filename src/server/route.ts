import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { TPermission } from '../policy/index.js';
import { AppError } from '../shared/errors.js';
import type { TAppEnv } from './context.js';
import { fieldErrors, problem } from './problem.js';

/**
 * What a route needs before its handler runs. `public` and `signed_in` are checked
 * here; a policy permission also needs the resource, so the handler calls
 * `authorize` with it after loading (and the route still declares it, for readers
 * and for the test that every route states one).
 */
export type TRoutePermission = 'public' | 'signed_in' | TPermission;

export const PERMISSION_EXTENSION = 'x-permission';

function requireActor(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    if (!c.get('actor')) throw new AppError('auth.required', 401);
    await next();
  };
}

/**
 * An OpenAPI route that states its permission.
 *
 * @example
 *   const getOne = defineRoute({ method: 'get', path: '/sportelli/{id}', permission: 'sportello.read', ... });
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(config: R & { permission: TRoutePermission }) {
  const { permission, ...rest } = config;
  return createRoute({
    ...rest,
    [PERMISSION_EXTENSION]: permission,
    ...(permission === 'public' ? {} : { security: [{ session: [] }] }),
    middleware: permission === 'public' ? [] : [requireActor()],
  } as unknown as R & { middleware: MiddlewareHandler<TAppEnv>[] });
}

/** A router whose validation failures become localised problem+json with field errors. */
export function createRouter() {
  return new OpenAPIHono<TAppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problem(c as never, 422, 'request.invalid', fieldErrors(result.error, (c as never as { get(k: 'locale'): 'it' | 'en' }).get('locale')));
      }
      return undefined;
    },
  });
}

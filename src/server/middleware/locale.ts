import type { MiddlewareHandler } from 'hono';
import { isLocale, pickLocale } from '../../shared/locale.js';
import type { TAppEnv } from '../context.js';

/** The language of messages: the signed-in user's choice, else Accept-Language, else Italian. */
export function locale(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    c.set('locale', pickLocale(c.req.header('accept-language')));
    await next();
  };
}

export function applyUserLocale(value: string, set: (l: 'it' | 'en') => void): void {
  if (isLocale(value)) set(value);
}

import { magicLinkClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

/**
 * better-auth's client, on this site's origin under /api/auth.
 * Import it lazily (`await import(...)`) so the landing page does not ship it.
 * @example const { error } = await authClient.signIn.email({ email, password });
 */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: '/api/auth',
  plugins: [magicLinkClient()],
});

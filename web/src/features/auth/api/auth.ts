import type { TAuthError } from './auth-errors';

type TResult<T = unknown> = { data: T | null; error: TAuthError | null };

async function client() {
  return (await import('../../../lib/auth-client')).authClient;
}

function fail(e: unknown): TResult<never> {
  return { data: null, error: { status: 0, message: e instanceof Error ? e.message : String(e) } };
}

/** Creates an account with e-mail and password. `data.token` is null when the e-mail must be confirmed first. */
export async function signUpWithEmail(input: { name: string; email: string; password: string }) {
  try {
    const r = await (await client()).signUp.email(input);
    return { data: r.data ? { hasSession: Boolean(r.data.token) } : null, error: r.error } as TResult<{ hasSession: boolean }>;
  } catch (e) {
    return fail(e);
  }
}

/** Signs in with e-mail and password. */
export async function signInWithPassword(input: { email: string; password: string }): Promise<TResult> {
  try {
    const r = await (await client()).signIn.email(input);
    return { data: r.data, error: r.error };
  } catch (e) {
    return fail(e);
  }
}

/** Sends a sign-in link by e-mail; opening it lands on `callbackURL`. */
export async function sendMagicLink(input: { email: string; callbackURL: string }): Promise<TResult> {
  try {
    const r = await (await client()).signIn.magicLink({ ...input, errorCallbackURL: '/accedi' });
    return { data: r.data, error: r.error };
  } catch (e) {
    return fail(e);
  }
}

/** Sends a password reset e-mail (the answer is the same whether the address exists or not). */
export async function requestReset(email: string): Promise<TResult> {
  try {
    const r = await (await client()).requestPasswordReset({ email, redirectTo: '/nuova-password' });
    return { data: r.data, error: r.error };
  } catch (e) {
    return fail(e);
  }
}

/** Sets a new password with the token from the e-mail link. */
export async function resetPassword(input: { newPassword: string; token: string }): Promise<TResult> {
  try {
    const r = await (await client()).resetPassword(input);
    return { data: r.data, error: r.error };
  } catch (e) {
    return fail(e);
  }
}

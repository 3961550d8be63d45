/**
 * The server turns better-auth's refusals into problem+json with our codes
 * (src/server/auth-problem.ts); those we explain in plain words. Anything else gets the
 * generic message.
 */
const KNOWN: Record<string, string> = {
  'auth.email_taken': 'auth.errors.userExists',
  'auth.invalid_credentials': 'auth.errors.invalidCredentials',
  'auth.no_password': 'auth.errors.noPassword',
  'auth.invalid_email': 'auth.errors.invalidEmail',
  'auth.password_too_short': 'auth.errors.passwordTooShort',
  'auth.password_too_long': 'auth.errors.passwordTooLong',
  'auth.invalid_token': 'auth.errors.invalidToken',
  'auth.email_not_verified': 'auth.errors.emailNotVerified',
  'auth.create_failed': 'auth.errors.createFailed',
};

/** Which form field an error belongs to, when it belongs to one. */
const FIELD: Record<string, 'email' | 'password'> = {
  'auth.email_taken': 'email',
  'auth.invalid_email': 'email',
  'auth.password_too_short': 'password',
  'auth.password_too_long': 'password',
};

export type TAuthError = { code?: string | undefined; status?: number | undefined; message?: string | undefined };

/**
 * The i18n key for a better-auth error.
 * @example t(authErrorKey({ code: 'auth.invalid_credentials' })) // "E-mail o password non corrette."
 */
export function authErrorKey(error: TAuthError | null | undefined): string {
  if (!error) return 'errors.generic';
  if (error.status === 429) return 'auth.errors.tooMany';
  if (error.code && error.code in KNOWN) return KNOWN[error.code] ?? 'errors.generic';
  if (error.status === 0) return 'errors.network';
  return 'errors.generic';
}

/** The form field an error is about, if any. */
export function authErrorField(error: TAuthError | null | undefined): 'email' | 'password' | undefined {
  return error?.code ? FIELD[error.code] : undefined;
}

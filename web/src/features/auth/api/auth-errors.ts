/** better-auth error codes we explain in plain words; anything else gets the generic message. */
const KNOWN: Record<string, string> = {
  USER_ALREADY_EXISTS: 'auth.errors.userExists',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'auth.errors.userExists',
  INVALID_EMAIL_OR_PASSWORD: 'auth.errors.invalidCredentials',
  INVALID_PASSWORD: 'auth.errors.invalidCredentials',
  USER_NOT_FOUND: 'auth.errors.invalidCredentials',
  CREDENTIAL_ACCOUNT_NOT_FOUND: 'auth.errors.noPassword',
  INVALID_EMAIL: 'auth.errors.invalidEmail',
  PASSWORD_TOO_SHORT: 'auth.errors.passwordTooShort',
  PASSWORD_TOO_LONG: 'auth.errors.passwordTooLong',
  INVALID_TOKEN: 'auth.errors.invalidToken',
  TOKEN_EXPIRED: 'auth.errors.invalidToken',
  EMAIL_NOT_VERIFIED: 'auth.errors.emailNotVerified',
  FAILED_TO_CREATE_USER: 'auth.errors.createFailed',
};

/** Which form field an error belongs to, when it belongs to one. */
const FIELD: Record<string, 'email' | 'password'> = {
  USER_ALREADY_EXISTS: 'email',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'email',
  INVALID_EMAIL: 'email',
  PASSWORD_TOO_SHORT: 'password',
  PASSWORD_TOO_LONG: 'password',
};

export type TAuthError = { code?: string | undefined; status?: number | undefined; message?: string | undefined };

/**
 * The i18n key for a better-auth error.
 * @example t(authErrorKey({ code: 'INVALID_EMAIL_OR_PASSWORD' })) // "E-mail o password non corrette."
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

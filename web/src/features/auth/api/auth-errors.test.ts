import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import it_ from '../../../i18n/it.json';
import { authErrorField, authErrorKey } from './auth-errors';

function has(catalogue: unknown, key: string): boolean {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), catalogue) !== undefined;
}

describe('authErrorKey', () => {
  it("maps the server's codes for better-auth's refusals to plain messages that exist in both languages", () => {
    for (const code of ['auth.email_taken', 'auth.invalid_credentials', 'auth.password_too_short', 'auth.invalid_token', 'auth.no_password']) {
      const key = authErrorKey({ code });
      expect(key).not.toBe('errors.generic');
      expect(has(it_, key) && has(en, key)).toBe(true);
    }
  });
  it('explains rate limits and falls back to the generic message', () => {
    expect(authErrorKey({ status: 429 })).toBe('auth.errors.tooMany');
    expect(authErrorKey({ code: 'auth.failed' })).toBe('errors.generic');
  });
  it('ties field errors to their field', () => {
    expect(authErrorField({ code: 'auth.email_taken' })).toBe('email');
    expect(authErrorField({ code: 'auth.password_too_short' })).toBe('password');
  });
});

describe('catalogues', () => {
  it('have the same keys in Italian and English', () => {
    const keys = (o: unknown, p = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`],
      );
    expect(keys(en).sort()).toEqual(keys(it_).sort());
  });
});

import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serializeSignedCookie } from 'better-call';
import { readCookie, verifySignedCookie } from './signed-cookie.js';

const secret = 'a-secret-of-at-least-thirty-two-characters';

/** The Cookie header a browser sends back for what better-auth set (its own signing code). */
async function signedByBetterAuth(name: string, value: string, key = secret) {
  const setCookie = await serializeSignedCookie(name, value, key);
  return setCookie.split(';')[0]!;
}

describe('verifySignedCookie, against better-auth’s own signing', () => {
  it('accepts the value better-auth signed, URI-encoded as it sets it', async () => {
    const header = `theme=dark; ${await signedByBetterAuth('better-auth.session_token', 'tok3n_Value-1')}`;
    expect(verifySignedCookie(readCookie(header, 'better-auth.session_token'), secret)).toBe('tok3n_Value-1');
  });

  it('refuses a value signed with another secret, a changed value, or no signature', async () => {
    const other = await signedByBetterAuth('s', 'token', 'another-secret-of-at-least-thirty-two-chars');
    expect(verifySignedCookie(readCookie(other, 's'), secret)).toBeNull();
    const good = readCookie(await signedByBetterAuth('s', 'token'), 's')!;
    expect(verifySignedCookie(`tokeN${good.slice(5)}`, secret)).toBeNull();
    expect(verifySignedCookie('token', secret)).toBeNull();
    expect(verifySignedCookie('token.', secret)).toBeNull();
    expect(verifySignedCookie(undefined, secret)).toBeNull();
    const short = crypto.createHmac('sha256', secret).update('token').digest('base64').slice(0, 40) + '===='; // 44 chars, wrong bytes
    expect(verifySignedCookie(`token.${short}`, secret)).toBeNull();
  });

  it('reads the first cookie of a name, as better-auth does', async () => {
    const first = await signedByBetterAuth('s', 'first');
    const second = await signedByBetterAuth('s', 'second');
    expect(verifySignedCookie(readCookie(`${first}; ${second}`, 's'), secret)).toBe('first');
    expect(readCookie('xs=1; s="quoted"', 's')).toBe('quoted');
    expect(readCookie('s=%E0%A4%A', 's')).toBe('%E0%A4%A');
    expect(readCookie('a=1', 's')).toBeUndefined();
  });
});

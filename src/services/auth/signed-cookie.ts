import crypto from 'node:crypto';

/**
 * The value of one cookie in a Cookie header, read as better-auth's cookie parser reads it
 * (better-call's parseCookies: the first cookie of that name wins, surrounding quotes go, and a
 * value with `%` is URI-decoded when it can be).
 *
 * @example readCookie('a=1; better-auth.session_token=x.y', 'better-auth.session_token') // "x.y"
 */
export function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.codePointAt(0) === 34) value = value.slice(1, -1);
    try {
      return value.includes('%') ? decodeURIComponent(value) : value;
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The value a signed cookie carries when its signature is good, as better-auth checks it
 * (better-call's getSignedCookie: `value.signature`, the signature an HMAC-SHA-256 of the value
 * with the secret, in 44 characters of base64); null when absent, unsigned or forged.
 *
 * @example verifySignedCookie(readCookie(header, name), secret) // the session token, or null
 */
export function verifySignedCookie(raw: string | undefined, secret: string): string | null {
  if (!raw) return null;
  const dot = raw.lastIndexOf('.');
  if (dot < 1) return null;
  const value = raw.slice(0, dot);
  const signature = raw.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  const expected = crypto.createHmac('sha256', secret).update(value).digest();
  const given = Buffer.from(signature, 'base64');
  // Both are 32 bytes for a well-formed signature; anything else is not ours.
  if (given.length !== expected.length) return null;
  return crypto.timingSafeEqual(given, expected) ? value : null;
}

/**
 * Keeps a post-login destination on this site: only a path starting with one "/".
 * @example safeNext('/invito/abc') // '/invito/abc'; safeNext('//evil.example') // fallback
 */
export function safeNext(value: string | null | undefined, fallback = '/account'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

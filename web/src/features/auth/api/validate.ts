export const MIN_PASSWORD = 10;

/** A loose e-mail check: the server has the last word. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

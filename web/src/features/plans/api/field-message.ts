import type { TFunction } from 'i18next';

/**
 * A field message from the server; a bare code (`due_in_past`) becomes words.
 * @example fieldMessage(t, 'unit_mismatch') // 'Il valore è in un’altra unità di misura.'
 */
export function fieldMessage(t: TFunction, message: string): string {
  if (/^[a-z_]+$/.test(message)) {
    const key = `plans.codes.${message}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return message;
}

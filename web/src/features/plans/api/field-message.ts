import type { TFunction } from 'i18next';

/**
 * A field message from the server; a bare code (`due_in_past`) becomes words.
 * @example fieldMessage(t, 'unit_mismatch') // 'Il valore è in un’altra unità di misura.'
 */
export function fieldMessage(t: TFunction, message: string): string {
  if (/^[a-z_]+$/.test(message)) {
    // Lesson and call links have their own words (lessonLinks.codes: unknown_lesson, planCalls.codes: unknown_call).
    for (const key of [`plans.codes.${message}`, `lessonLinks.codes.${message}`, `planCalls.codes.${message}`]) {
      const text = t(key);
      if (text !== key) return text;
    }
  }
  return message;
}

/**
 * Every field message of a refusal in words, by field; `fieldOf` lets a form put several server
 * fields under one of its own (all `nextSteps.N` under the next-steps box).
 * @example setErrors(fieldMessages(t, error.fieldErrors))
 */
export function fieldMessages(t: TFunction, fieldErrors: Record<string, string>, fieldOf: (field: string) => string = (field) => field): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [fieldOf(field), fieldMessage(t, message)]));
}

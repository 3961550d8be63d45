import { flattenFields, getField, isSameValue } from './field-paths.js';

/**
 * The "what changed" lines of the plan's history, which both the entrepreneur and the angel
 * read. Who and when are added by the caller, who knows them.
 */

export interface TFieldChange {
  /** Dot path: 'status', 'indicator.current'. */
  field: string;
  /** null when the field did not exist before. */
  from: unknown;
  /** null when the field no longer exists. */
  to: unknown;
}

/** Bookkeeping fields: a version bump is not news to either person. */
const NOT_SHOWN = new Set(['version']);

/**
 * Field-by-field differences between two versions of a goal, an action or a plan, in the
 * order of the fields (new fields last). Nested objects give one line per inner field.
 *
 * @example
 *   diffEntity({ title: 'A', status: 'todo', version: 1 }, { title: 'A', status: 'done', version: 2 })
 *   // [{ field: 'status', from: 'todo', to: 'done' }]
 */
export function diffEntity(before: object, after: object): TFieldChange[] {
  const beforeFields = flattenFields(before);
  const afterFields = flattenFields(after);
  const paths = [...new Set([...beforeFields.keys(), ...afterFields.keys()])];
  const changes: TFieldChange[] = [];
  for (const field of paths) {
    if (NOT_SHOWN.has(field)) continue;
    // A leaf on one side may be an object on the other ({} → { a: 1 }): read both by path.
    const from = beforeFields.has(field) ? beforeFields.get(field) : getField(before, field);
    const to = afterFields.has(field) ? afterFields.get(field) : getField(after, field);
    if (!isSameValue(from, to)) changes.push({ field, from: from ?? null, to: to ?? null });
  }
  return changes;
}

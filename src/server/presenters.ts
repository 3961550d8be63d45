/** Dates leave the API as ISO 8601 strings; rows are copied, never passed through. */
export function presentDates<T extends Record<string, unknown>>(row: T): { [K in keyof T]: T[K] extends Date ? string : T[K] } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out as { [K in keyof T]: T[K] extends Date ? string : T[K] };
}

/**
 * The twelve areas of need (PRODUCT.md, "Areas of need"): the slugs used in code, data and
 * test cases. Order is the product's table order; ties in a ranking fall back to it so the
 * output never depends on object key order.
 */
export const AREAS = [
  'strategy',
  'marketing',
  'communication',
  'ecommerce',
  'organisation',
  'finance',
  'innovation',
  'market_research',
  'people',
  'data_tools',
  'automation_ai',
  'green',
] as const;

export type TArea = (typeof AREAS)[number];

/**
 * Narrows any string to an area slug.
 *
 * @example
 *   isArea('finance') // true
 *   isArea('finanza') // false
 */
export function isArea(value: string): value is TArea {
  return (AREAS as readonly string[]).includes(value);
}

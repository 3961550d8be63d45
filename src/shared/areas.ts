/** The areas of need (PRODUCT.md): slugs used in code, data, the API and test cases. */
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

export function isArea(value: unknown): value is TArea {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

/**
 * The twelve areas of need, as everywhere in the project (src/shared/areas.ts). Order is the
 * product's table order; ties in a ranking fall back to it so the output never depends on object
 * key order.
 */
export { AREAS, isArea, type TArea } from '../../shared/areas.js';

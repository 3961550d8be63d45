// The database handle type, for layers above services that must not import db/ directly.
export type { TDb } from '../../db/client.js';
export { isDatabaseUnavailable } from '../../db/unavailable.js';

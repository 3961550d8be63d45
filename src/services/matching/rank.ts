// The CLI reaches the matching rules through services, as every caller above the services does.
export { rankAngels } from '../../domain/matching/rank-angels.js';
export { ZMatchCase, ZMatchCases, type TMatchCase, type TMatchLocale } from '../../domain/matching/types.js';

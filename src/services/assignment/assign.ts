// The CLI reaches the assignment through services, as every caller above the services does.
export { assignAll } from '../../domain/assignment/assign.js';
export { ZAssignInput, type TAssignInput } from '../../domain/assignment/types.js';
export { feasiblePairsIterator } from '../../domain/assignment/pairs.js';

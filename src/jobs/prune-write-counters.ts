import { z } from 'zod';
import { pruneWriteCounters } from '../services/system/public-write-limit.js';
import { defineTask } from './define-task.js';

export const PRUNE_WRITE_COUNTERS_TASK = 'prune-write-counters';

/** Every night: forgets the public-write counters of addresses not seen for a day, so the table stays small. */
export const pruneWriteCountersTask = defineTask({
  name: PRUNE_WRITE_COUNTERS_TASK,
  payload: z.looseObject({}),
  async run(_payload, deps) {
    const dropped = await pruneWriteCounters(deps.db);
    deps.logger.info({ dropped }, 'public-write counters pruned');
  },
});

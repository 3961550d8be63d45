import type { Task } from 'graphile-worker';
import type { z } from 'zod';
import type { TJobDeps } from './deps.js';

export interface TTaskDefinition<P extends z.ZodType> {
  name: string;
  payload: P;
  run(payload: z.infer<P>, deps: TJobDeps): Promise<void>;
}

/**
 * One background task: a name, a payload schema and the work. A malformed payload
 * is logged and dropped (retrying cannot fix it); a failure throws so the queue retries.
 *
 * @example export const reminder = defineTask({ name: 'meeting-reminder', payload: ZPayload, run: async (p, deps) => {...} });
 */
export function defineTask<P extends z.ZodType>(definition: TTaskDefinition<P>) {
  return {
    ...definition,
    toGraphile(deps: TJobDeps): Task {
      return async (raw) => {
        const parsed = definition.payload.safeParse(raw);
        if (!parsed.success) {
          deps.logger.error({ task: definition.name, issues: parsed.error.issues }, 'job payload refused');
          return;
        }
        await definition.run(parsed.data, deps);
      };
    },
  };
}

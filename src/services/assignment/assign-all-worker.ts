/**
 * The worker thread "Assegna tutte" runs in (run-assign-all.ts): the exact solver and the
 * preview built from its answer, off the server's event loop, so a big instance never holds up
 * other requests and can be stopped at its time cap. Compiled as its own entry in build/server
 * (scripts/ensure-server-build.mjs); run from source through tsx in tests and `npm run dev`.
 */
import { parentPort } from 'node:worker_threads';
import { assignAll } from '../../domain/assignment/assign.js';
import { buildAssignPreview } from '../../domain/console/assign-preview.js';
import type { TMatchAngel, TMatchBusiness } from '../../domain/matching/types.js';

parentPort?.once('message', (input: { businesses: TMatchBusiness[]; angels: TMatchAngel[] }) => {
  try {
    const result = assignAll(input.businesses, input.angels);
    parentPort!.postMessage({ ok: true, preview: buildAssignPreview(input.businesses, input.angels, result) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, message: (err as Error).message });
  }
});

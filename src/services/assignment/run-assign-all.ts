import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TAssignPreview } from '../../domain/console/assign-preview.js';
import type { TMatchAngel, TMatchBusiness } from '../../domain/matching/types.js';
import { AppError } from '../../shared/errors.js';

/** The solver's time cap when neither the caller nor ASSIGN_ALL_TIMEOUT_MS says otherwise. */
export const DEFAULT_ASSIGN_ALL_TIMEOUT_MS = 20_000;

/** The time cap: the caller's, else ASSIGN_ALL_TIMEOUT_MS, else 20 s. */
export function assignAllTimeoutMs(override?: number): number {
  if (override !== undefined && override > 0) return override;
  const fromEnv = Number(process.env.ASSIGN_ALL_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_ASSIGN_ALL_TIMEOUT_MS;
}

/**
 * Where the worker's code is. From source (tests, tsx) this module is a .ts file and the
 * worker is its TypeScript sibling, loaded through tsx; in the compiled server every module
 * lives in build/server, where the worker is its own entry, assign-all-worker.js.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./assign-all-worker.js', here));
  // Node 20 applies `--import` hooks in a worker only after its first module is read, so a
  // small script registers tsx first and then imports the TypeScript worker.
  // tsx's ES-module API (its `import` condition; require.resolve would give the CommonJS one).
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const target = new URL('./assign-all-worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * Runs "Assegna tutte" and builds its preview in a worker thread, stopping it at the time cap:
 * then `assignment.too_big` (422), never a hang. Nothing is stored either way.
 *
 * @example const preview = await runAssignAll({ businesses, angels }, { timeoutMs: 20_000 });
 */
export function runAssignAll(input: { businesses: TMatchBusiness[]; angels: TMatchAngel[] }, options: { timeoutMs?: number } = {}): Promise<TAssignPreview> {
  const timeoutMs = assignAllTimeoutMs(options.timeoutMs);
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let isSettled = false;
    const settle = (fn: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new AppError('assignment.too_big', 422))), timeoutMs);
    worker.once('message', (answer: { ok: true; preview: TAssignPreview } | { ok: false; message: string }) =>
      settle(() => (answer.ok ? resolve(answer.preview) : reject(new Error(`assign-all worker: ${answer.message}`)))),
    );
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`assign-all worker exited with code ${code}`))));
    worker.postMessage(input);
  });
}

// The big-plan app in a process of its own. A browser benchmark drives Chromium through
// Playwright, whose client reads every protocol message on its Node event loop: a server in the
// same process waits behind it (300 ms per API answer at page load instead of 30), which no
// phone talking to a real server would see.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export type TBigPlanApp = { url: string; businessId: string; planId: string; cookie: string; stop: () => Promise<void> };

/**
 * Starts `big-plan-serve.ts` and waits for its one line of JSON: this checkout's, or that of the
 * checkout in `dir` (its own build, code and database, for bench/plan-render/compare.ts).
 */
export async function startBigPlanProcess(dir?: string): Promise<TBigPlanApp> {
  const script = dir ? path.resolve(dir, 'bench/support/big-plan-serve.ts') : fileURLToPath(new URL('./big-plan-serve.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the big-plan server ended (${code}) before it was ready`)));
  });
  const info = JSON.parse(first) as Omit<TBigPlanApp, 'stop'>;
  return {
    ...info,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// Two checkouts of the app side by side, for a change too small to see across separate runs (on
// a shared machine the same page scatters by ±150 ms from one minute to the next): each checkout
// serves its own big plan (its own build, server and database), and the rounds alternate between
// them in one Chromium, 360 px, CPU 4x slower, each a first visit in a fresh profile.
//   APPS=/path/to/old-checkout,/path/to/new-checkout ROUNDS=12 npx tsx bench/plan-render/compare.ts
// Each checkout needs its node_modules and `npm run build:web` done; the figure is the
// "affianco:plan-shown" mark, as in bench.ts.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { chromium } from 'playwright-core';

type TApp = { dir: string; url: string; businessId: string; cookie: string; stop: () => void };

async function serve(dir: string): Promise<TApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/big-plan-serve.ts'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${dir}: the big-plan server ended (${code}) before it was ready`)));
  });
  return { dir, ...(JSON.parse(line) as Omit<TApp, 'dir' | 'stop'>), stop: () => child.kill('SIGTERM') };
}

const dirs = (process.env.APPS ?? '').split(',').filter(Boolean);
if (dirs.length < 2) throw new Error('APPS: two or more checkout directories, comma-separated');
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const apps: TApp[] = [];
for (const dir of dirs) apps.push(await serve(dir));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function shownAt(app: TApp): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'it-IT' });
  const [name, value] = app.cookie.split('; ').find((c) => c.includes('session_token'))!.split('=');
  await context.addCookies([{ name: name!, value: value!, url: app.url }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${app.url}/piano/${app.businessId}`);
  await page.waitForFunction(() => performance.getEntriesByName('affianco:plan-complete', 'mark').length > 0, null, { timeout: 60_000, polling: 1000 });
  const shown = await page.evaluate(() => performance.getEntriesByName('affianco:plan-shown', 'mark')[0]!.startTime);
  await context.close();
  return Math.round(shown);
}

const figures = apps.map(() => [] as number[]);
// One warm-up visit each (the servers' first answers are slower), then alternate.
for (const app of apps) await shownAt(app);
for (let round = 0; round < ROUNDS; round++) for (const [i, app] of apps.entries()) figures[i]!.push(await shownAt(app));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
console.log(`plan page shown, CPU 4x, first visits alternating (${ROUNDS} each):`);
apps.forEach((app, i) => console.log(`  ${app.dir}: median ${median(figures[i]!)} ms, mean ${mean(figures[i]!)} ms [${figures[i]!.join(', ')}]`));
await browser.close();
for (const app of apps) app.stop();

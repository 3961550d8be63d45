// The plan page of a big plan (50 goals, 500 actions, 200 log entries) in Debian's Chromium at
// 360 px with the CPU throttled 4x (a mid-range phone). Two moments, read from the page's own
// User Timing marks (milliseconds from the start of navigation, after the frame is painted):
// "shown", the plan's first screen drawn; "complete", all 500 actions in the page. Each round is
// a fresh browser profile: a first visit (nothing cached), then the same page opened again, as
// the angel does day after day (the browser's caches warm; the service worker is left out).
// Peer in the same run: the same page without throttling.
import { chromium, type BrowserContext } from 'playwright-core';
import { startBigPlanProcess } from '../support/big-plan-process.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const app = await startBigPlanProcess();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

type TRound = { shown: number; complete: number };

async function open(context: BrowserContext, throttle: number): Promise<TRound> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${app.url}/piano/${app.businessId}`);
  // Asked every half second from here, not polled in the page: polling there would slow it.
  let round: TRound | null = null;
  for (let waited = 0; !round; waited += 500) {
    if (waited > 60_000) throw new Error('the plan page did not finish in 60 s');
    await new Promise((r) => setTimeout(r, 500));
    round = await page.evaluate(() => {
      const shown = performance.getEntriesByName('affianco:plan-shown', 'mark')[0];
      const complete = performance.getEntriesByName('affianco:plan-complete', 'mark')[0];
      return shown && complete ? { shown: shown.startTime, complete: complete.startTime } : null;
    });
  }
  if ((await page.locator('.action-item').count()) !== 500) throw new Error('the plan is complete without its 500 actions');
  await page.close();
  return { shown: Math.round(round.shown), complete: Math.round(round.complete) };
}

async function measure(throttle: number): Promise<{ first: TRound[]; again: TRound[] }> {
  const first: TRound[] = [];
  const again: TRound[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'it-IT' });
    const [name, value] = app.cookie.split('; ').find((c) => c.includes('session_token'))!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: app.url }]);
    first.push(await open(context, throttle));
    again.push(await open(context, throttle));
    await context.close();
  }
  return { first, again };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => `${xs.map((x) => `${x}`).join(', ')} ms (median ${median(xs)})`;
const line = (label: string, rounds: TRound[]) => `  ${label}: shown ${show(rounds.map((r) => r.shown))}; complete ${show(rounds.map((r) => r.complete))}`;

const throttled = await measure(4);
const plain = await measure(1);
console.log('plan page, 50 goals / 500 actions / 200 log entries, 360 px, CPU 4x slower:');
console.log(line('first visit', throttled.first));
console.log(line('opened again', throttled.again));
console.log('peer: the same page without throttling:');
console.log(line('first visit', plain.first));
console.log(line('opened again', plain.again));

await browser.close();
await app.stop();

// The plan page of a big plan (50 goals, 500 actions, 200 log entries) in Debian's Chromium at
// 360 px with the CPU throttled 4x (a mid-range phone). Three moments, in milliseconds from the
// start of navigation: "drawn", the first screen painted (the browser's Largest Contentful Paint;
// the server draws the plan, src/server/page-render.ts); "shown", the app has taken it over and
// answers taps; "complete", all 500 actions in the page (the app's marks). Each round is
// a fresh browser profile: a first visit (nothing cached), then the same page opened again, as
// the angel does day after day (the browser's caches warm; the service worker is left out).
// Peer in the same run: the same page without throttling.
import { startBigPlanProcess } from '../support/big-plan-process.js';
import { launchBenchChromium, signedInProfile, visitPlanPage, type TPlanVisit } from '../support/plan-page-visit.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const app = await startBigPlanProcess();
const browser = await launchBenchChromium();

async function measure(throttle: number): Promise<{ first: TPlanVisit[]; again: TPlanVisit[] }> {
  const first: TPlanVisit[] = [];
  const again: TPlanVisit[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const context = await signedInProfile(browser, app);
    first.push(await visitPlanPage(context, app, throttle));
    again.push(await visitPlanPage(context, app, throttle));
    await context.close();
  }
  return { first, again };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => `${xs.map((x) => `${x}`).join(', ')} ms (median ${median(xs)})`;
const line = (label: string, rounds: TPlanVisit[]) =>
  `  ${label}: drawn ${show(rounds.map((r) => r.drawn))}; answers taps ${show(rounds.map((r) => r.shown))}; complete ${show(rounds.map((r) => r.complete))}`;

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

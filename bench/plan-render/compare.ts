// Two checkouts of the app side by side, for a change too small to see across separate runs (on
// a shared machine the same page scatters by ±150 ms from one minute to the next): each checkout
// serves its own big plan (its own build, server and database), and the rounds alternate between
// them in one Chromium, 360 px, CPU 4x slower, each a first visit in a fresh profile.
//   APPS=/path/to/old-checkout,/path/to/new-checkout ROUNDS=12 npx tsx bench/plan-render/compare.ts
// Each checkout needs its node_modules and `npm run build:web` done; the figures are "drawn"
// (Largest Contentful Paint) and "shown" (the "affianco:plan-shown" mark), as in bench.ts.
import { startBigPlanProcess, type TBigPlanApp } from '../support/big-plan-process.js';
import { launchBenchChromium, signedInProfile, visitPlanPage, type TPlanVisit } from '../support/plan-page-visit.js';

const dirs = (process.env.APPS ?? '').split(',').filter(Boolean);
if (dirs.length < 2) throw new Error('APPS: two or more checkout directories, comma-separated');
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const apps: TBigPlanApp[] = [];
for (const dir of dirs) apps.push(await startBigPlanProcess(dir));
const browser = await launchBenchChromium();

async function firstVisit(app: TBigPlanApp): Promise<TPlanVisit> {
  const context = await signedInProfile(browser, app);
  const visit = await visitPlanPage(context, app, 4);
  await context.close();
  return visit;
}

const visits = apps.map(() => [] as TPlanVisit[]);
// One warm-up visit each (the servers' first answers are slower), then alternate.
for (const app of apps) await firstVisit(app);
for (let round = 0; round < ROUNDS; round++) for (const [i, app] of apps.entries()) visits[i]!.push(await firstVisit(app));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
const figure = (xs: number[]) => `median ${median(xs)} ms, mean ${mean(xs)} ms [${xs.join(', ')}]`;
console.log(`plan page, CPU 4x, first visits alternating (${ROUNDS} each):`);
dirs.forEach((dir, i) => {
  console.log(`  ${dir}:`);
  console.log(`    drawn: ${figure(visits[i]!.map((v) => v.drawn))}`);
  console.log(`    shown: ${figure(visits[i]!.map((v) => v.shown))}`);
});
await browser.close();
for (const app of apps) await app.stop();

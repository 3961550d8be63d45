// The plan page of a big plan (50 goals, 500 actions, 200 log entries) in Debian's Chromium at
// 360 px with the CPU throttled 4x (a mid-range phone): time from navigation to the 500th
// action on screen. Peer in the same run: the same page without throttling.
import { chromium } from 'playwright-core';
import { startWithBigPlan } from '../support/big-plan.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const { server, businessId, cookie, stop } = await startWithBigPlan();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

async function measure(throttle: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'it-IT' });
    const [name, value] = cookie.split('; ').find((c) => c.includes('session_token'))!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: server.url }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const t0 = Date.now();
    await page.goto(`${server.url}/piano/${businessId}`);
    await page.locator('.action-item').nth(499).waitFor({ state: 'attached', timeout: 60_000 });
    times.push(Date.now() - t0);
    await context.close();
  }
  return times;
}

const throttled = await measure(4);
const plain = await measure(1);
const show = (xs: number[]) => `${xs.map((x) => `${x} ms`).join(', ')} (median ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]} ms)`;
console.log(`plan page, 50 goals / 500 actions / 200 log entries, 360 px, CPU 4x slower: ${show(throttled)}`);
console.log(`peer: the same page without throttling: ${show(plain)}`);

await browser.close();
await stop();

// Opening the big plan's page in Debian's Chromium as a phone would, for bench/plan-render: the
// browser, a fresh profile signed in as the angel, and one visit read from the page's own marks.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Three moments of a visit, in ms from the start of navigation: `drawn`, the first screen painted
 * (Largest Contentful Paint); `shown`, drawn and answering taps (the app's mark, after it took
 * the page over); `complete`, all 500 actions in the page.
 */
export type TPlanVisit = { drawn: number; shown: number; complete: number };

/** Debian's Chromium, with what would run beside the page in the background turned off. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser profile at 360×740, in Italian, signed in with `cookie` (a Cookie header). */
export async function signedInProfile(browser: Browser, app: { url: string; cookie: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'it-IT' });
  const [name, value] = app.cookie.split('; ').find((c) => c.includes('session_token'))!.split('=');
  await context.addCookies([{ name: name!, value: value!, url: app.url }]);
  return context;
}

/**
 * Opens the plan page in `context` with the CPU `throttle` times slower and returns its
 * Largest Contentful Paint and two marks ("affianco:plan-shown", "affianco:plan-complete").
 * @example const { shown } = await visitPlanPage(context, app, 4);
 */
export async function visitPlanPage(context: BrowserContext, app: { url: string; businessId: string }, throttle: number): Promise<TPlanVisit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${app.url}/piano/${app.businessId}`);
  // Asked every half second from here, not polled in the page: polling there would slow it.
  let visit: TPlanVisit | null = null;
  for (let waited = 0; !visit; waited += 500) {
    if (waited > 60_000) throw new Error('the plan page did not finish in 60 s');
    await new Promise((r) => setTimeout(r, 500));
    visit = await page.evaluate(async () => {
      const shown = performance.getEntriesByName('affianco:plan-shown', 'mark')[0];
      const complete = performance.getEntriesByName('affianco:plan-complete', 'mark')[0];
      // The browser's own record of the largest text or image painted in the first screen.
      const drawn = await new Promise<number | null>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? null)).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 200);
      });
      return shown && complete && drawn !== null ? { drawn, shown: shown.startTime, complete: complete.startTime } : null;
    });
  }
  if ((await page.locator('.action-item').count()) !== 500) throw new Error('the plan is complete without its 500 actions');
  await page.close();
  return { drawn: Math.round(visit.drawn), shown: Math.round(visit.shown), complete: Math.round(visit.complete) };
}

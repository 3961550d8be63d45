import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export const MOBILE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/**
 * Debian's Chromium, headless, with the background chatter turned off.
 * @example const browser = await launchBrowser(); ... await browser.close();
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh context (own cookies and storage) at the given viewport, Italian by default; in
 * another time zone than the machine's when `timezoneId` is given.
 * @example const ctx = await newContext(browser, baseUrl, MOBILE, { timezoneId: 'America/New_York' });
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = DESKTOP,
  options: { timezoneId?: string } = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL,
    viewport,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    locale: 'it-IT',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  ctx.on('page', (page) => {
    const seen: string[] = [];
    const differed: string[] = [];
    const errors: string[] = [];
    cspViolations.set(page, seen);
    hydrationMismatches.set(page, differed);
    consoleErrors.set(page, errors);
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      errors.push(`${m.text()} (${m.location().url})`);
      if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
      // Logged by web/src/main.tsx when React had to draw a server-drawn page again.
      if (m.text().startsWith('affianco: the page differed')) differed.push(m.text());
    });
  });
  return ctx;
}

const cspViolations = new WeakMap<Page, string[]>();
const consoleErrors = new WeakMap<Page, string[]>();
const hydrationMismatches = new WeakMap<Page, string[]>();

/**
 * Fails when a page the server drew was not taken over as it was (React found other markup and
 * drew it again: correct, but a slow phone pays for the page twice).
 * @example expectSameAsServer(page, 'plan, cold start');
 */
export function expectSameAsServer(page: Page, name: string): void {
  const seen = hydrationMismatches.get(page) ?? [];
  if (seen.length > 0) throw new Error(`${name}: the page differed from the server's drawing:\n${seen.join('\n')}`);
}

/**
 * Fails when anything was logged as an error in the page's console (a failed request included:
 * Chromium logs every 4xx/5xx answer there).
 * @example expectNoConsoleErrors(page, 'landing');
 */
export function expectNoConsoleErrors(page: Page, name: string): void {
  const seen = consoleErrors.get(page) ?? [];
  if (seen.length > 0) throw new Error(`console errors on ${name}:\n${seen.join('\n')}`);
}

/**
 * Fails when the page broke the server's Content-Security-Policy (inline script or style).
 * @example await expectNoCspViolations(page, 'landing');
 */
export function expectNoCspViolations(page: Page, name: string): void {
  const seen = cspViolations.get(page) ?? [];
  if (seen.length > 0) throw new Error(`CSP violations on ${name}:\n${seen.join('\n')}`);
}

/**
 * Runs axe (WCAG 2.0–2.2 A/AA and best practices) and fails with a readable list of violations.
 * On a very long page, `include` (CSS selectors) limits it to the parts that just changed.
 * @example await expectNoAxeViolations(page, 'landing');
 * @example await expectNoAxeViolations(page, 'entry opened', { include: ['.log-entry:has(select)'] });
 */
export async function expectNoAxeViolations(page: Page, name: string, options: { include?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  // Parts drawn only when scrolled near (content-visibility: auto) have no layout until then, and
  // axe reads their stale boxes as covering the controls around them: it checks the page laid out.
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (getComputedStyle(el).contentVisibility !== 'auto') continue;
      el.dataset['axeLaidOut'] = '';
      el.style.contentVisibility = 'visible';
    }
  });
  let results: Awaited<ReturnType<AxeBuilder['analyze']>>;
  try {
    results = await builder.analyze();
  } finally {
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-axe-laid-out]'))) {
        el.style.contentVisibility = '';
        delete el.dataset['axeLaidOut'];
      }
    });
  }
  if (results.violations.length > 0) {
    const lines = results.violations.map(
      (v) => `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n    ')}`,
    );
    throw new Error(`axe found ${results.violations.length} violation(s) on ${name}:\n${lines.join('\n')}`);
  }
}

/**
 * Full-page screenshot kept in test-results/screenshots/NAME.png.
 * @example await screenshot(page, 'journey-360-01-landing');
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/**
 * Fails when the page scrolls sideways (content wider than the viewport, e.g. at 360 px).
 * @example await expectNoSideScroll(page, 'landing 360');
 */
export async function expectNoSideScroll(page: Page, name: string): Promise<void> {
  const [scroll, client] = (await page.evaluate(
    '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
  )) as [number, number];
  if (scroll > client) throw new Error(`${name} scrolls sideways: ${scroll}px of content in ${client}px`);
}

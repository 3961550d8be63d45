import type { Locator, Page } from 'playwright-core';

/**
 * Waits until a locator is visible (10 s), with a readable failure.
 * @example await visible(page.getByRole('heading', { name: 'Il tuo profilo' }));
 */
export async function visible(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

/**
 * Waits for the SPA to reach a path (ignores query and hash).
 * @example await atPath(page, '/account');
 */
export async function atPath(page: Page, path: string, timeout = 15_000): Promise<void> {
  await page.waitForURL((url) => url.pathname === path, { timeout });
  // The address changes before the page it leads to has loaded; once the app has drawn a page,
  // wait for this one (a page the server drew, with no app yet, has no mark and passes).
  await page.waitForFunction(
    () => {
      const shown = document.documentElement.dataset.page;
      return shown === undefined || shown === location.pathname;
    },
    undefined,
    { timeout },
  );
}

/**
 * Chooses a comune in the finder with the keyboard only: type, arrow down to the option, Enter.
 * @example await chooseComune(page, 'Lodi', 'Lodi (LO)');
 */
export async function chooseComune(page: Page, text: string, optionLabel: string): Promise<void> {
  const combo = page.getByRole('combobox');
  await combo.click();
  await combo.pressSequentially(text, { delay: 40 });
  await visible(page.getByRole('option', { name: new RegExp(`^${escapeRe(optionLabel)}`) }));
  for (let i = 0; i < 8; i += 1) {
    await combo.press('ArrowDown');
    const activeId = await combo.getAttribute('aria-activedescendant');
    if (!activeId) continue;
    const label = await page.locator(`[id="${activeId}"] .option-name`).textContent();
    if (label === optionLabel) {
      await combo.press('Enter');
      return;
    }
  }
  throw new Error(`option ${optionLabel} not reachable with the arrow keys`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Waits until an async check in the page answers true (polled from here: Playwright's
 * waitForFunction takes the check's promise itself as a truthy answer and returns at once).
 * @example await untilInPage(page, async (name) => (await caches.keys()).includes(name), 'affianco-lessons-v1');
 */
export async function untilInPage(page: Page, check: (arg: string) => Promise<boolean>, arg: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(check, arg).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`untilInPage: still false after ${timeout} ms: ${String(check)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

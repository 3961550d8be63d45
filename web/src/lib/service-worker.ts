/**
 * Registers /sw.js (the built app only), then hands it the assets this page already loaded,
 * those it will need with no signal though it did not load them (`alsoKeep`: a light reading
 * page's app code), and the API answers a server-drawn page came with (`answers`, by path),
 * so the app opens offline from the first visit on.
 * @example registerServiceWorker(readServerRender()?.answers);
 */
export function registerServiceWorker(answers?: Record<string, unknown>, alsoKeep: string[] = []): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((reg) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => u.startsWith(`${window.location.origin}/assets/`));
        reg.active?.postMessage({ type: 'cache-assets', urls: [...urls, ...alsoKeep] });
        if (answers) reg.active?.postMessage({ type: 'keep-answers', answers });
      })
      .catch(() => {
        // No worker (private mode, old browser): the app works online as before.
      });
  });
}

/**
 * On sign-out, forgets the copies kept for offline use (the signed-in person's data):
 * the worker's API cache and the plans kept in localStorage. Unsent changes stay.
 * @example await forgetOfflineCopies();
 */
export async function forgetOfflineCopies(): Promise<void> {
  try {
    if ('caches' in window) {
      const keys = await caches.keys();
      // Lessons kept for reading offline hold the reader's own marks and /api/me in their page.
      await Promise.all(keys.filter((k) => k.startsWith('affianco-api-') || k.startsWith('affianco-lessons-')).map((k) => caches.delete(k)));
    }
    for (let i = window.localStorage.length - 1; i >= 0; i -= 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith('affianco.plan.view.') || key === 'affianco.lessons.saved') window.localStorage.removeItem(key);
    }
  } catch {
    // storage blocked: nothing was kept
  }
}

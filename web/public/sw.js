/* Affianco service worker: the app opens on a phone with no signal.
 * - hashed /assets/*: cache first (their names change with their content);
 * - page navigations: network first, then the app shell kept from the last visit (a plan page
 *   the server drew is never kept as the shell: it holds one person's plan);
 * - GET /api/me, GET /api/plans (the plans one follows) and GET /api/businesses/{id}/plan:
 *   network first, then the last copy.
 * Everything else (other API calls, every POST/PATCH) goes straight to the network:
 * changes made offline wait in the page's own outbox, never here. */
const VERSION = 'v2';
const SHELL = `affianco-shell-${VERSION}`;
const ASSETS = `affianco-assets-${VERSION}`;
const API = `affianco-api-${VERSION}`;
const SHELL_URL = '/';
const PRECACHE = ['/', '/early-requests.js', '/manifest.webmanifest', '/favicon.svg', '/icon-192.png', '/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const keep = new Set([SHELL, ASSETS, API]);
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('affianco-') && !keep.has(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const isCachedApi = (url) => url.pathname === '/api/me' || url.pathname === '/api/plans' || /^\/api\/businesses\/[^/]+\/plan$/.test(url.pathname);

/* The page sends the assets it loaded before this worker took over, so they work offline too;
 * and the answers a page drawn by the server came with, which never passed through here. */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'cache-assets' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((u) => typeof u === 'string' && new URL(u, self.location.origin).origin === self.location.origin && new URL(u, self.location.origin).pathname.startsWith('/assets/'));
    event.waitUntil(caches.open(ASSETS).then((cache) => Promise.all(urls.map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => undefined))))));
  } else if (data.type === 'keep-answers' && data.answers && typeof data.answers === 'object') {
    const kept = Object.entries(data.answers)
      .map(([path, value]) => [new URL(path, self.location.origin), value])
      .filter(([url]) => url.origin === self.location.origin && isCachedApi(url));
    const json = (value) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
    event.waitUntil(caches.open(API).then((cache) => Promise.all(kept.map(([url, value]) => cache.put(url.href, json(value))))));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) cache.put(request, res.clone());
  return res;
}

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  try {
    const res = await fetch(request);
    // A page the server drew holds one person's plan: it is not the app shell every page opens with.
    if (res.ok && !res.headers.has('x-affianco-rendered')) await cache.put(key || request, res.clone());
    // Signed out: the last copy must not outlive the session (/api/me then answers null, kept as such).
    else if (res.status === 401 || res.status === 403) await cache.delete(key || request);
    return res;
  } catch (err) {
    const hit = await cache.match(key || request);
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname === '/early-requests.js') {
    // Named in the app shell: kept beside it, so that the shell opens with no signal.
    event.respondWith(networkFirst(request, SHELL));
  } else if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    // Every page is the same app shell; keep one copy of it. An API address opened as a page
    // (a lesson's template or video, /api/docs) is not a page: it must never become the shell.
    event.respondWith(networkFirst(request, SHELL, SHELL_URL));
  } else if (isCachedApi(url)) {
    event.respondWith(networkFirst(request, API));
  }
});

/* Affianco: the requests the first page needs, started while the HTML is still being read,
 * before the app's code (about 370 KB) has arrived and run: on a slow phone the data travels
 * meanwhile. The app takes the answers over (web/src/lib/early-fetch.ts); one it does not take
 * is ignored. A plain script with no build step, so that it runs at once. The server's shell
 * announces the same addresses (src/server/web-shell.ts), so the browser has usually sent them
 * already and these calls take its answers over. The plan path is the one in
 * web/src/features/plans/api/plan-path.ts. */
(function () {
  var language = 'it';
  try {
    if (window.localStorage.getItem('affianco.lang') === 'en') language = 'en';
  } catch {
    // storage can be blocked: Italian
  }
  var paths = ['/api/me'];
  var plan = /^\/piano\/([0-9a-f-]{36})\/?$/i.exec(window.location.pathname);
  if (plan) paths.push('/api/businesses/' + plan[1] + '/plan');
  var started = {};
  paths.forEach(function (path) {
    var response = window.fetch(path, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': language },
    });
    response.catch(function () {});
    started[path] = { at: Date.now(), response: response };
  });
  window.__affiancoEarly = started;
})();

/* Affianco: the requests the first page needs, started while the HTML is still being read,
 * before the app's code (about 370 KB) has arrived and run: on a slow phone the data travels
 * meanwhile. The app takes the answers over (web/src/lib/early-fetch.ts); one it does not take
 * is ignored. A plain script with no build step, so that it runs at once. The server's shell
 * announces the same addresses (src/server/web-shell.ts), so the browser has usually sent them
 * already and these calls take its answers over: the table below is the shell's EARLY_PAGES, and
 * src/server/web-shell.test.ts runs this script against it. */
(function () {
  var language = 'it';
  try {
    if (window.localStorage.getItem('affianco.lang') === 'en') language = 'en';
  } catch {
    // storage can be blocked: Italian
  }
  var pages = [
    [/^\/piano\/([0-9a-f-]{36})\/?$/i, function (m) { return ['/api/businesses/' + m[1] + '/plan']; }],
    [/^\/check-up\/([0-9a-f-]{36})\/?$/i, function (m) { return ['/api/checkups/' + m[1] + '/report', '/api/checkup/questionnaire']; }],
    [/^\/angel\/?$/, function () { return ['/api/angels/me', '/api/plans', '/api/angels/me/availability', '/api/meetings']; }],
    [/^\/sportelli\/([0-9a-f-]{36})\/?$/i, function (m) {
      var desk = '/api/sportelli/' + m[1];
      return [desk, desk + '/intake-requests', desk + '/angels', desk + '/businesses', desk + '/members', desk + '/invitations', '/api/provinces'];
    }],
  ];
  var paths = ['/api/me'];
  for (var i = 0; i < pages.length; i++) {
    var match = pages[i][0].exec(window.location.pathname);
    if (match) {
      paths = paths.concat(pages[i][1](match));
      break;
    }
  }
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

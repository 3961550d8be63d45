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
      return [desk, desk + '/intake-requests', desk + '/angels', desk + '/businesses', desk + '/members', desk + '/invitations'];
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
  var ask = function (path) {
    var response = window.fetch(path, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': language },
    });
    response.catch(function () {});
    started[path] = { at: Date.now(), response: response };
  };
  paths.forEach(ask);
  window.__affiancoEarly = started;
  // /impresa shows each of the person's businesses with its plan and check-ups: those addresses
  // come with /api/me's answer, so they are asked for the moment it arrives (read from a copy:
  // the app reads the answer itself). The paths are web/src/features/plans/api/plan-path.ts and
  // account/api/account.ts's businessCheckupsPath.
  if (/^\/impresa\/?$/.test(window.location.pathname)) {
    started['/api/me'].response
      .then(function (res) {
        return res.ok ? res.clone().json() : null;
      })
      .then(function (me) {
        ((me && me.businesses) || []).forEach(function (business) {
          var base = '/api/businesses/' + encodeURIComponent(business.id);
          ask(base + '/plan');
          ask(base + '/checkups');
        });
      })
      .catch(function () {});
  }
})();

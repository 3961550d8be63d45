/* Affianco: the requests the first page needs, started while the HTML is still being read,
 * before the app's code (about 370 KB) has arrived and run: on a slow phone the data travels
 * meanwhile. The app takes the answers over (web/src/lib/early-fetch.ts); one it does not take
 * is ignored. A plain script with no build step, so that it runs at once.
 * The plan path is the one in web/src/features/plans/api/plan-path.ts. */
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

  // The first date or number written in the visitor's language costs a phone about a tenth of a
  // second (the locale's data is read then). Done in a pause while the app's code is on its way,
  // it is not paid when the page is drawn; with no pause, the page pays it as before.
  var warm = function () {
    try {
      var locale = language === 'en' ? 'en-GB' : 'it-IT';
      new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1.5);
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date());
    } catch {
      // no Intl: the page formats without it
    }
  };
  if (window.requestIdleCallback) window.requestIdleCallback(warm);
  else window.setTimeout(warm, 0);
})();

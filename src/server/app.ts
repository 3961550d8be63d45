import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { CLIENT_IP_HEADER } from '../services/auth/auth.js';
import { authProblem } from './auth-problem.js';
import { clientIp } from './client-ip.js';
import type { TAppEnv, TDeps } from './context.js';
import { closeAfterUnreadBody } from './middleware/close-unread-body.js';
import { libraryUploadLimit } from './middleware/library-upload-limit.js';
import { databaseOutage } from './middleware/database-outage.js';
import { locale } from './middleware/locale.js';
import { requestLog } from './middleware/request-log.js';
import { sameOrigin } from './middleware/same-origin.js';
import { securityHeaders } from './middleware/security-headers.js';
import { session } from './middleware/session.js';
import { closingConnection, onError, problem } from './problem.js';
import { angelRoutes } from './routes/angels/routes.js';
import { checkupRoutes } from './routes/checkup/routes.js';
import { communityNotifyRoutes } from './routes/community/notify.js';
import { communityOfferRoutes } from './routes/community/notify-offers.js';
import { communityUnsubscribeRoutes } from './routes/community/notify-unsubscribe.js';
import { communityThreadRoutes } from './routes/community/threads.js';
import { fundingCallRoutes } from './routes/funding/calls.js';
import { fundingCoordinatorRoutes } from './routes/funding/coordinators.js';
import { fundingRuleRoutes } from './routes/funding/curated-rules.js';
import { fundingFinderRoutes } from './routes/funding/finder.js';
import { trapRoutes } from './routes/traps/routes.js';
import { territoryRoutes } from './routes/territory/routes.js';
import { reportRoutes } from './routes/insights/report.js';
import { insightsRoutes } from './routes/insights/routes.js';
import { assignmentRoutes } from './routes/assignment/routes.js';
import { inboxRoutes } from './routes/inbox/routes.js';
import { geoRoutes } from './routes/geo/routes.js';
import { intakeRoutes } from './routes/intake/routes.js';
import { matchingRoutes } from './routes/matching/routes.js';
import { lessonAuthoringRoutes } from './routes/library/authoring.js';
import { libraryFileRoutes } from './routes/library/files.js';
import { libraryRoutes } from './routes/library/routes.js';
import { lessonSuggestionRoutes } from './routes/library/suggestions.js';
import { meetingRoutes } from './routes/meetings/routes.js';
import { planListRoutes } from './routes/plans/plan-list.js';
import { planRoutes } from './routes/plans/routes.js';
import { adminRoutes } from './routes/network/admin.js';
import { businessRoutes } from './routes/network/businesses.js';
import { invitationRoutes } from './routes/network/invitations.js';
import { meRoutes } from './routes/network/me.js';
import { sportelliRoutes } from './routes/network/sportelli.js';
import { API_DOCS_CSS, renderApiDocs } from './routes/system/api-docs.js';
import { communityModerationRoutes } from './routes/community/moderation.js';
import { communityModerationQueueRoutes } from './routes/community/moderation-queues.js';
import { crawlerRoutes } from './routes/system/crawlers.js';
import { fundingImportRoutes, MAX_FUNDING_IMPORT_BYTES } from './routes/funding/imports.js';
import { fundingMailRoutes } from './routes/funding/mail.js';
import { solutionRoutes } from './routes/solutions/routes.js';
import { healthRoutes } from './routes/system/health.js';
import { registerCommunityForms } from './community-forms.js';
import { isUnavailablePage, pageRenderer } from './page-render.js';
import { webShell } from './web-shell.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** A CV (5 MB) plus the form around it. */
export const MAX_UPLOAD_BYTES = 6 * 1024 * 1024;

/** The API routers, mounted under /api; also used alone to build the OpenAPI document. */
export function createApi() {
  const api = new OpenAPIHono<TAppEnv>();
  api.route('/', meRoutes());
  api.route('/', sportelliRoutes());
  api.route('/', invitationRoutes());
  api.route('/', businessRoutes());
  api.route('/', adminRoutes());
  api.route('/', geoRoutes());
  api.route('/', intakeRoutes());
  api.route('/', checkupRoutes());
  api.route('/', angelRoutes());
  api.route('/', matchingRoutes());
  api.route('/', meetingRoutes());
  api.route('/', planRoutes());
  api.route('/', planListRoutes());
  api.route('/', libraryRoutes());
  api.route('/', lessonAuthoringRoutes());
  api.route('/', libraryFileRoutes());
  api.route('/', lessonSuggestionRoutes());
  api.route('/', communityModerationRoutes());
  api.route('/', communityModerationQueueRoutes());
  api.route('/', communityNotifyRoutes());
  api.route('/', communityOfferRoutes());
  api.route('/', communityUnsubscribeRoutes());
  api.route('/', communityThreadRoutes());
  api.route('/', fundingImportRoutes());
  api.route('/', solutionRoutes());
  api.route('/', fundingMailRoutes());
  api.route('/', fundingCallRoutes());
  api.route('/', fundingCoordinatorRoutes());
  api.route('/', fundingRuleRoutes());
  api.route('/', fundingFinderRoutes());
  api.route('/', territoryRoutes());
  api.route('/', insightsRoutes());
  api.route('/', reportRoutes());
  api.route('/', assignmentRoutes());
  api.route('/', inboxRoutes());
  api.route('/', trapRoutes());
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' });
  return api;
}

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: { title: 'Affianco', version: '0.1.0', description: 'Territorial network of innovation managers and Digital Angels beside Italian micro businesses.' },
  servers: [{ url: '/api' }],
};

/**
 * The whole HTTP app: security headers, logs, session, the API, the auth handler,
 * health checks and the built web app with its client-side routes.
 *
 * @example const app = createApp(deps); await app.request('/health/live');
 */
export function createApp(deps: TDeps) {
  const app = new OpenAPIHono<TAppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('locale', 'it');
    c.set('actor', null);
    await next();
  });
  app.use('*', requestLog());
  app.use('*', securityHeaders({ trustProxy: deps.config.trustProxy }));
  // JSON and pages gzipped (a big plan's 180 KB is 15 KB): the built assets are compressed
  // already (web/build/precompress.ts) and pass through untouched.
  app.use('*', compress());
  app.use('*', locale());
  app.use('*', databaseOutage());
  app.use('/api/*', closeAfterUnreadBody());
  const jsonLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => closingConnection(problem(c as never, 413, 'request.too_large')) });
  // A post's picture (3 MB, services/community/threads/post-images.ts) and its form.
  const communityImageLimit = bodyLimit({ maxSize: 3 * 1024 * 1024 + 64 * 1024, onError: (c) => closingConnection(problem(c as never, 413, 'file.too_large')) });
  const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => closingConnection(problem(c as never, 413, 'angel.cv_too_large')) });
  const fundingImportLimit = bodyLimit({ maxSize: MAX_FUNDING_IMPORT_BYTES, onError: (c) => closingConnection(problem(c as never, 413, 'file.too_large')) });
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'POST' && c.req.path === '/api/funding/imports') return fundingImportLimit(c, next);
    const libraryUpload = libraryUploadLimit(c.req.method, c.req.path);
    if (libraryUpload) return libraryUpload(c, next);
    if (c.req.method === 'POST' && c.req.path === '/api/community/images') return communityImageLimit(c, next);
    return c.req.path === '/api/angels/application' ? uploadLimit(c, next) : jsonLimit(c, next);
  });
  app.use('/api/*', sameOrigin(deps.config));
  app.onError(onError);

  app.route('/health', healthRoutes());

  // better-auth reads the client address from one header we set ourselves.
  app.on(['GET', 'POST'], '/api/auth/*', (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, clientIp(c, deps.config.trustProxy));
    return deps.auth.handler(new Request(c.req.raw, { headers })).then((res) => authProblem(c, res));
  });

  app.use('/api/*', session());
  const api = createApi();
  app.route('/api', api);
  app.get('/api/openapi.json', (c) => c.json(api.getOpenAPI31Document(OPENAPI_INFO)));
  app.get('/api/docs', (c) => c.html(renderApiDocs(api.getOpenAPI31Document(OPENAPI_INFO) as never)));
  app.get('/api/docs.css', (c) => c.body(API_DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.all('/api/*', (c) => problem(c, 404, 'route.not_found'));
  app.route('/', crawlerRoutes());

  const webDist = deps.config.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    const shellFor = webShell(webDist);
    const root = path.relative(process.cwd(), webDist) || '.';
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root, precompressed: true }));
    const renderPage = pageRenderer({ webDist, api: async (p, headers) => app.request(p, { headers }), logger: deps.logger, baseUrl: deps.config.baseUrl });
    registerCommunityForms(app, { config: deps.config, api: async (p, init) => app.request(p, init), renderPage, shell: shellFor });
    // Client-side routes: any other GET page is the app shell; the plan's and the library's come drawn.
    app.get('*', async (c) => {
      const rendered = await renderPage(c.req.path, c.req.raw.headers, new URL(c.req.url).search);
      if (isUnavailablePage(rendered)) {
        // The database is away: an empty 200 would be indexed and shown as the page; the app's own
        // shell comes with the 503, and the phone's kept copy (the service worker) stands in.
        c.header('retry-after', rendered.retryAfter);
        c.header('cache-control', 'no-store');
        return c.html(shellFor(c.req.path), 503);
      }
      if (rendered && rendered.kind !== 'plan') {
        // The library for everyone: a visitor's copy may be kept a little; a reader's holds their marks.
        c.header('cache-control', c.req.header('cookie') ? 'private, no-cache' : 'public, max-age=300');
        c.header('vary', 'cookie');
        c.header('x-affianco-rendered', rendered.kind);
        return c.html(shellFor(c.req.path, rendered), rendered.status ?? 200);
      }
      if (rendered) {
        // One person's page: not kept by shared caches, nor as the service worker's app shell.
        c.header('cache-control', 'private, no-cache');
        c.header('vary', 'cookie');
        c.header('x-affianco-rendered', 'plan');
      }
      return c.html(shellFor(c.req.path, rendered));
    });
  }
  app.notFound((c) => problem(c, 404, 'route.not_found'));
  return app;
}

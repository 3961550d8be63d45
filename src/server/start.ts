import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { projectPath } from '../config/paths.js';
import { openDatabase } from '../db/client.js';
import { createAuth } from '../services/auth/auth.js';
import { watchComuniChanges } from '../services/geo/watch-comuni.js';
import { watchAngelChanges } from '../services/matching/angel-index.js';
import { createMailer } from '../services/mail/mailer.js';
import { getOrCreateAuthSecret } from '../services/system/app-secret.js';
import { startJobRunner } from '../jobs/runner.js';
import { createApp } from './app.js';
import type { TDeps } from './context.js';

export const DEFAULT_WEB_DIST = projectPath('web', 'dist');

export interface TServerOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  /** Public address used in e-mail links; defaults to http://localhost:PORT. */
  baseUrl?: string;
  smtpUrl?: string;
  mailFrom?: string;
  logger: Logger;
  trustProxy?: boolean;
  authSecret?: string;
  authLimits?: { signIn: number; magicLink: number; signUp?: number };
  /** Lower public-write limits (tests); PUBLIC_WRITE_LIMITS otherwise. */
  writeLimits?: TDeps['config']['writeLimits'];
  webDist?: string;
  /** Where the library's files are kept (DATA_DIR/files); data/files under the project when unset. */
  filesDir?: string;
  /** Run the background job queue in this process (default true). */
  runJobs?: boolean;
}

export interface TRunningServer {
  url: string;
  deps: TDeps;
  close(): Promise<void>;
}

/**
 * Serves the app on an already bootstrapped database.
 *
 * @example const server = await startServer({ databaseUrl, port: 0, logger });
 */
export async function startServer(options: TServerOptions): Promise<TRunningServer> {
  const database = openDatabase(options.databaseUrl, { max: 20 });
  const { db } = database;
  const secret = await getOrCreateAuthSecret(db, options.authSecret);
  const mailer = createMailer({ db, logger: options.logger, from: options.mailFrom ?? 'Affianco <noreply@affianco.localhost>', smtpUrl: options.smtpUrl });

  // The real port is known only after listen(); baseUrl is filled in then.
  const config: TDeps['config'] = { baseUrl: options.baseUrl ?? '', trustProxy: options.trustProxy ?? false, webDist: options.webDist ?? DEFAULT_WEB_DIST, writeLimits: options.writeLimits, filesDir: options.filesDir };
  // Requests that arrive in the instant before the app is built get a 503, not an error.
  let handle: (req: Request, env: unknown) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: (req, env) => handle(req, env), port: options.port, hostname: options.host ?? '0.0.0.0' }, (info) => resolve(info.port));
    server.on('error', reject);
  });
  const host = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const url = `http://${host}:${port}`;
  config.baseUrl = options.baseUrl ?? url;
  // Without PUBLIC_URL people reach a local server as localhost or 127.0.0.1; both are this server.
  const extraOrigins = options.baseUrl ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  config.extraOrigins = extraOrigins;
  const auth = createAuth({ db, mailer, logger: options.logger, secret, baseUrl: config.baseUrl, extraOrigins, limits: options.authLimits });
  const deps: TDeps = { db, auth, mailer, logger: options.logger, config };
  const app = createApp(deps);
  const comuniWatch = watchComuniChanges(options.databaseUrl, db, options.logger);
  const angelsWatch = watchAngelChanges(options.databaseUrl, db, options.logger);
  const jobs = options.runJobs === false ? undefined : await startJobRunner(options.databaseUrl, { db, mailer, logger: options.logger, baseUrl: config.baseUrl });
  handle = (req, env) => app.fetch(req, env as never);

  return {
    url,
    deps,
    async close() {
      await jobs?.stop();
      await comuniWatch.stop();
      await angelsWatch.stop();
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await database.close();
    },
  };
}

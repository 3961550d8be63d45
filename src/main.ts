import path from 'node:path';
import { readEnv } from './config/env.js';
import { openDatabaseUrl } from './db/open-database-url.js';
import { createLogger } from './server/logger.js';
import { guardProcessAgainstDatabaseErrors } from './server/process-guards.js';

/** `npm start`: the database (embedded unless DATABASE_URL), migrations, demo data, then the web server. */
async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  guardProcessAgainstDatabaseErrors(logger);
  // Only what starts the database is imported up front: the app's modules (better-auth above all)
  // take longer to load than a warm PostgreSQL to start, so both happen at once (ADR 018).
  const bootstrapModule = import('./services/system/bootstrap-database.js');
  const serverModule = import('./server/start.js');
  // Either may fail before it is awaited; the failure that matters is reported by its await below.
  for (const loading of [bootstrapModule, serverModule]) loading.catch(() => {});
  const database = await openDatabaseUrl(env, logger);
  const { bootstrapDatabase } = await bootstrapModule;
  // The library's files (videos, templates) sit beside the database, outside the web root.
  const filesDir = path.resolve(env.DATA_DIR, 'files');
  await bootstrapDatabase(database.url, { seedDemo: env.SEED_DEMO, filesDir });
  const { startServer } = await serverModule;
  const server = await startServer({
    databaseUrl: database.url,
    port: env.PORT,
    host: env.HOST,
    baseUrl: env.PUBLIC_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    trustProxy: env.TRUST_PROXY,
    authSecret: env.AUTH_SECRET,
    filesDir,
    writeLimits: (await import('./services/system/public-write-limit.js')).scalePublicWriteLimits(env.PUBLIC_WRITE_LIMIT_SCALE),
    logger,
  });
  logger.info({ url: server.url, embedded: database.isEmbedded }, `Affianco is ready at ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await server.close().catch(() => {});
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`Affianco could not start: ${err.message}`);
  process.exit(1);
});

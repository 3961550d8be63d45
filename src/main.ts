import { readEnv } from './config/env.js';
import { openDatabaseUrl } from './db/open-database-url.js';
import { createLogger } from './server/logger.js';
import { guardProcessAgainstDatabaseErrors } from './server/process-guards.js';
import { startServer } from './server/start.js';
import { bootstrapDatabase } from './services/system/bootstrap-database.js';
import { scalePublicWriteLimits } from './services/system/public-write-limit.js';

/** `npm start`: the database (embedded unless DATABASE_URL), migrations, demo data, then the web server. */
async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  guardProcessAgainstDatabaseErrors(logger);
  const database = await openDatabaseUrl(env, logger);
  await bootstrapDatabase(database.url, { seedDemo: env.SEED_DEMO });
  const server = await startServer({
    databaseUrl: database.url,
    port: env.PORT,
    host: env.HOST,
    baseUrl: env.PUBLIC_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    trustProxy: env.TRUST_PROXY,
    authSecret: env.AUTH_SECRET,
    writeLimits: scalePublicWriteLimits(env.PUBLIC_WRITE_LIMIT_SCALE),
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

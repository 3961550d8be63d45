import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { TDb } from '../services/system/db.js';
import type { TActor } from '../domain/network/actor.js';
import type { TAuth } from '../services/auth/auth.js';
import type { TMailer } from '../services/mail/mailer.js';
import type { TPublicWrite, TWriteLimit } from '../services/system/public-write-limit.js';
import type { TLocale } from '../shared/locale.js';

/** What every request handler can reach; built once at start-up. */
export interface TDeps {
  db: TDb;
  auth: TAuth;
  mailer: TMailer;
  logger: Logger;
  config: {
    baseUrl: string;
    /** Other origins of this same server (localhost and 127.0.0.1 when PUBLIC_URL is unset). */
    extraOrigins?: string[];
    trustProxy: boolean;
    /** Overrides of the public-write limits (tests lower them); PUBLIC_WRITE_LIMITS otherwise. */
    writeLimits?: Partial<Record<TPublicWrite, TWriteLimit>>;
    /** Directory of the built web app; undefined serves no front end (API-only tests). */
    webDist?: string;
    /** Where the library's files are kept (DATA_DIR/files); tests give a temporary folder. */
    filesDir?: string;
    /** Time cap of "Assegna tutte" in ms (tests make it tiny); ASSIGN_ALL_TIMEOUT_MS or 20 s otherwise. */
    assignAllTimeoutMs?: number;
  };
}

export interface TAppEnv {
  Variables: {
    deps: TDeps;
    /** Null for visitors. */
    actor: TActor | null;
    locale: TLocale;
    requestId: string;
  };
}

export type TApp = OpenAPIHono<TAppEnv>;

import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { account, rateLimit, session, user, verification } from '../../db/schema/index.js';
import { isLocale, pickLocale, type TLocale } from '../../shared/locale.js';
import type { TMailer } from '../mail/mailer.js';
import { magicLinkMail, resetPasswordMail } from '../mail/templates.js';

/** The header our server sets from the socket (or trusted proxy); clients cannot forge it. */
export const CLIENT_IP_HEADER = 'x-affianco-client-ip';

export interface TAuthOptions {
  db: TDb;
  mailer: TMailer;
  secret: string;
  baseUrl: string;
  /** Other origins the browser may use for the same server (127.0.0.1 beside localhost). */
  extraOrigins?: string[];
  /** Where better-auth's own warnings go (wrong password and the like). */
  logger?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** Per-minute limits; tests lower them to see the limit bite. */
  limits?: { signIn: number; magicLink: number; signUp?: number };
}

/**
 * better-auth with e-mail+password, magic link and password reset; sessions and
 * rate-limit counters live in PostgreSQL so any app instance serves any user.
 */
export function createAuth(options: TAuthOptions) {
  const { db, mailer } = options;
  const limits = options.limits ?? { signIn: 10, magicLink: 5 };

  async function localeFor(email: string, request?: Request): Promise<TLocale> {
    const [row] = await db.select({ locale: user.locale }).from(user).where(eq(user.email, email.toLowerCase()));
    if (row && isLocale(row.locale)) return row.locale;
    return pickLocale(request?.headers.get('accept-language'));
  }

  return betterAuth({
    appName: 'Affianco',
    logger: {
      log(level, message, ...args) {
        const sink = options.logger;
        if (!sink) return;
        if (level === 'error') sink.error({ component: 'auth', args }, message);
        else if (level === 'warn') sink.warn({ component: 'auth', args }, message);
      },
    },
    baseURL: options.baseUrl,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: [options.baseUrl, ...(options.extraOrigins ?? [])],
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification, rateLimit } }),
    user: {
      additionalFields: {
        locale: { type: 'string', required: false, defaultValue: 'it', input: false },
        isAdmin: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      async sendResetPassword({ user: target, url }, request) {
        await mailer.send(resetPasswordMail(target.email, url, await localeFor(target.email, request)));
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: limits.signIn },
        // Stated here rather than left to better-auth's built-in 3 per 10 s, which a desk
        // signing people up one after another, or a browser test, runs into.
        '/sign-up/email': { window: 60, max: limits.signUp ?? 10 },
        '/sign-in/magic-link': { window: 60, max: limits.magicLink },
        '/request-password-reset': { window: 60, max: limits.magicLink },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      useSecureCookies: options.baseUrl.startsWith('https://'),
    },
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        storeToken: 'hashed',
        rateLimit: { window: 60, max: limits.magicLink },
        async sendMagicLink({ email, url }, ctx) {
          await mailer.send(magicLinkMail(email, url, await localeFor(email, ctx?.request)));
        },
      }),
    ],
  });
}

export type TAuth = ReturnType<typeof createAuth>;

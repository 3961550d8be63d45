import { z } from 'zod';

/**
 * Every environment variable the app reads, validated once at start-up.
 * README's table lists the same names; keep both in step.
 */
export const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Affianco <noreply@affianco.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  SEED_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  AUTH_SECRET: z.string().min(32).optional(),
  PG_USER: z.string().default('affianco-pg'),
  /** Multiplies every public-write limit: a desk behind one shared address may need more, a load test far more. */
  PUBLIC_WRITE_LIMIT_SCALE: z.coerce.number().positive().max(1_000_000).default(1),
});

export type TEnv = z.infer<typeof ZEnv>;

/** Parses `process.env`; throws a readable message naming the bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

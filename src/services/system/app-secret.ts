import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { appSetting } from '../../db/schema/index.js';

const KEY = 'auth_secret';

/**
 * The secret that signs session cookies. Kept in the database so every app
 * instance on the same database accepts the same sessions without extra set-up;
 * AUTH_SECRET overrides it.
 */
export async function getOrCreateAuthSecret(db: TDb, fromEnv?: string): Promise<string> {
  if (fromEnv) return fromEnv;
  await db
    .insert(appSetting)
    .values({ key: KEY, value: crypto.randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  if (!row) throw new Error('auth secret missing after insert');
  return row.value;
}

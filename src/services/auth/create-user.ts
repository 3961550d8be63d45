import crypto from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { account, user } from '../../db/schema/index.js';
import type { TLocale } from '../../shared/locale.js';

export interface TNewUser {
  email: string;
  name: string;
  password: string;
  isAdmin?: boolean;
  locale?: TLocale;
  /**
   * The password's hash when it is already known: the demo's accounts share one public
   * password, and hashing it (scrypt, on purpose slow) once per account was most of a first start.
   */
  passwordHash?: () => Promise<string>;
}

/**
 * Creates an e-mail+password account the way better-auth's sign-up does (same
 * hash, same `credential` account), for the CLI and the demo seed. An existing
 * e-mail is returned unchanged, so seeding twice is harmless.
 *
 * @example await createUserWithPassword(db, { email: 'a@b.it', name: 'Anna', password: 'una-password-lunga' });
 */
export async function createUserWithPassword(db: TDb, input: TNewUser): Promise<{ id: string; isNew: boolean }> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (existing) return { id: existing.id, isNew: false };
  const id = crypto.randomUUID();
  const hash = input.passwordHash ? await input.passwordHash() : await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.insert(user).values({ id, email, name: input.name, emailVerified: true, isAdmin: input.isAdmin ?? false, locale: input.locale ?? 'it' });
    await tx.insert(account).values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash });
  });
  return { id, isNew: true };
}

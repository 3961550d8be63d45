import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { fundingSubscriber } from '../../../db/schema/index.js';

export interface TFundingMailSettings {
  digest: boolean;
  alerts: boolean;
}

type TSubscriberRow = typeof fundingSubscriber.$inferSelect;

/**
 * A person's funding mail settings, created on first need with both mails on and the token of
 * their one-click unsubscribe link.
 * @example const { unsubscribeToken, alerts } = await ensureFundingSubscriber(db, userId);
 */
export async function ensureFundingSubscriber(db: TDb, userId: string): Promise<TSubscriberRow> {
  await db.insert(fundingSubscriber).values({ userId, unsubscribeToken: crypto.randomBytes(24).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select().from(fundingSubscriber).where(eq(fundingSubscriber.userId, userId));
  return row!;
}

/** Changes what funding mail a person gets; what is not given stays. */
export async function setFundingMailSettings(db: TDb, userId: string, change: Partial<TFundingMailSettings>): Promise<TFundingMailSettings> {
  await ensureFundingSubscriber(db, userId);
  if (change.digest !== undefined || change.alerts !== undefined) await db.update(fundingSubscriber).set(change).where(eq(fundingSubscriber.userId, userId));
  const [row] = await db.select({ digest: fundingSubscriber.digest, alerts: fundingSubscriber.alerts }).from(fundingSubscriber).where(eq(fundingSubscriber.userId, userId));
  return row!;
}

/** Whether a token is some person's unsubscribe token (the confirmation page asks only then). */
export async function isFundingUnsubscribeToken(db: TDb, token: string): Promise<boolean> {
  const [row] = await db.select({ userId: fundingSubscriber.userId }).from(fundingSubscriber).where(eq(fundingSubscriber.unsubscribeToken, token));
  return Boolean(row);
}

/** Turns every funding mail off for the token's holder; false for an unknown token. */
export async function unsubscribeFundingByToken(db: TDb, token: string): Promise<boolean> {
  const rows = await db.update(fundingSubscriber).set({ digest: false, alerts: false }).where(eq(fundingSubscriber.unsubscribeToken, token)).returning({ userId: fundingSubscriber.userId });
  return rows.length > 0;
}

/** The page the link in every funding mail leads to. */
export function fundingUnsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/api/funding/unsubscribe/${token}`;
}

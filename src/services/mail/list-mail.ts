import { desc } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { mail } from '../../db/schema/index.js';

/** The latest mail, newest first: the outbox when no SMTP server is configured. */
export async function listMail(db: TDb, limit = 200) {
  return db
    .select({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text, status: mail.status, createdAt: mail.createdAt })
    .from(mail)
    .orderBy(desc(mail.createdAt))
    .limit(limit);
}

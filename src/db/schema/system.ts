import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailStatus = pgEnum('mail_status', ['sent', 'outbox', 'failed']);

/** Every e-mail the app sends; without SMTP_URL this table is the outbox admins read. */
export const mail = pgTable('mail', {
  id: uuid('id').primaryKey().defaultRandom(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  status: mailStatus('status').notNull(),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Values every app instance on one database must share, such as the session-signing secret. */
export const appSetting = pgTable('app_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Fixed-window counters of public writes (ascolto, angel application), one row per
 * bucket such as `intake:address:203.0.113.7` or `intake:sportello:<id>`, so every app
 * instance on the database counts the same requests.
 */
export const publicWriteCounter = pgTable(
  'public_write_counter',
  {
    bucket: text('bucket').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('public_write_counter_window_start_idx').on(t.windowStart)],
);

import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { business, sportello } from './network.js';

/** Which angel follows which business; an ended assignment grants nothing. */
export const assignment = pgTable(
  'assignment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => business.id, { onDelete: 'cascade' }),
    angelUserId: text('angel_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    sportelloId: uuid('sportello_id')
      .notNull()
      .references(() => sportello.id, { onDelete: 'cascade' }),
    assignedBy: text('assigned_by').references(() => user.id, { onDelete: 'set null' }),
    /** Why a coordinator chose this angel instead of the entrepreneur's pick or the suggestion. */
    reason: text('reason'),
    /**
     * The business's comune, copied here by triggers (migration map_speed_triggers: set on insert,
     * followed when the business moves), so the map counts accompanied businesses per province
     * from the open assignments alone, without reading the whole business table. Left to the
     * triggers: no code writes it. No foreign key: the business's own guards the value.
     */
    businessComuneIstat: text('business_comune_istat'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('assignment_angel_idx').on(t.angelUserId),
    index('assignment_business_idx').on(t.businessId),
    // Open assignments: an angel's load, a business's current angel (inbox, territory, matching).
    index('assignment_open_angel_idx').on(t.angelUserId).where(sql`${t.endedAt} is null`),
    index('assignment_open_business_idx').on(t.businessId).where(sql`${t.endedAt} is null`),
    // The map's businesses in accompaniment by comune, read from the index alone.
    index('assignment_open_comune_idx').on(t.businessComuneIstat, t.businessId).where(sql`${t.endedAt} is null`),
  ],
);

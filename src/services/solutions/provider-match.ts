import { sql, type SQL } from 'drizzle-orm';
import { providerTie } from '../../db/schema/index.js';

/**
 * A declared tie is to this provider when the names match whatever their case ("Banca Esempio"
 * and "banca esempio" are one provider): the one rule reviews, the review form and declarations use.
 * @example db.select().from(providerTie).where(and(eq(providerTie.userId, id), tieToProvider(row.provider)))
 */
export const tieToProvider = (providerName: string): SQL => sql`lower(${providerTie.providerName}) = lower(${providerName})`;

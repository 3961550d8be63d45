import type { TDb } from '../../db/client.js';
import { network } from '../../db/schema/index.js';

export const NATIONAL_NETWORK_SLUG = 'italia';

/** The one national network every sportello belongs to; created on first start. */
export async function ensureNetwork(db: TDb): Promise<string> {
  await db.insert(network).values({ slug: NATIONAL_NETWORK_SLUG, name: 'Rete Affianco' }).onConflictDoNothing();
  const [row] = await db.select({ id: network.id }).from(network).limit(1);
  return row!.id;
}

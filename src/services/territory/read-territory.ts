import type { TDb } from '../../db/client.js';
import { sportello } from '../../db/schema/index.js';
import type { TActor } from '../../domain/network/actor.js';
import { provinceFigures } from './province-figures.js';
import { territoryView, type TTerritoryView } from './territory-view.js';

/**
 * The territory map's data as this viewer may see it (the caller has checked 'territory.read').
 *
 * @example const view = await readTerritory(db, actor);
 */
export async function readTerritory(db: TDb, actor: TActor): Promise<TTerritoryView> {
  const [rows, desks] = await Promise.all([provinceFigures(db), db.select({ id: sportello.id, name: sportello.name }).from(sportello)]);
  return territoryView(actor, rows, new Map(desks.map((d) => [d.id, d.name])));
}

import { asc, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, businessMember, comune, sportello, sportelloProvince } from '../../db/schema/index.js';
import { routeToSportello } from '../../domain/network/routing.js';
import { AppError } from '../../shared/errors.js';

export interface TBusinessInput {
  name: string;
  comuneIstat: string;
  atecoDivision?: string | null;
  employees?: number | null;
}

const columns = {
  id: business.id,
  name: business.name,
  comuneIstat: business.comuneIstat,
  comuneName: comune.name,
  sportelloId: business.sportelloId,
  sportelloName: sportello.name,
  atecoDivision: business.atecoDivision,
  employees: business.employees,
  createdAt: business.createdAt,
};

function baseQuery(db: TDb) {
  return db.select(columns).from(business).innerJoin(comune, eq(comune.istat, business.comuneIstat)).leftJoin(sportello, eq(sportello.id, business.sportelloId));
}

export async function getBusiness(db: TDb, id: string) {
  const [row] = await baseQuery(db).where(eq(business.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

export async function listBusinessesOfUser(db: TDb, userId: string) {
  const mine = db.select({ id: businessMember.businessId }).from(businessMember).where(eq(businessMember.userId, userId));
  return baseQuery(db).where(inArray(business.id, mine)).orderBy(asc(business.name));
}

export async function listBusinessesOfSportello(db: TDb, sportelloId: string) {
  return baseQuery(db).where(eq(business.sportelloId, sportelloId)).orderBy(asc(business.name));
}

async function sportelloForComune(db: TDb, istat: string): Promise<string | null> {
  const [place] = await db.select({ provinceCode: comune.provinceCode }).from(comune).where(eq(comune.istat, istat));
  if (!place) throw new AppError('geo.comune_not_found', 422, [{ field: 'comuneIstat', message: istat }]);
  const coverage = await db.select().from(sportelloProvince).where(eq(sportelloProvince.provinceCode, place.provinceCode));
  return routeToSportello(place.provinceCode, coverage) ?? null;
}

/** Creates a business for its owner and routes it to the sportello of its comune. */
export async function createBusiness(db: TDb, ownerId: string, input: TBusinessInput) {
  const id = await db.transaction(async (tx) => {
    const sportelloId = await sportelloForComune(tx as unknown as TDb, input.comuneIstat);
    const [created] = await tx
      .insert(business)
      .values({ name: input.name, comuneIstat: input.comuneIstat, sportelloId, atecoDivision: input.atecoDivision ?? null, employees: input.employees ?? null })
      .returning({ id: business.id });
    await tx.insert(businessMember).values({ businessId: created!.id, userId: ownerId });
    return created!.id;
  });
  return getBusiness(db, id);
}

/** Updates a business; a new comune routes it again. */
export async function updateBusiness(db: TDb, id: string, input: Partial<TBusinessInput>) {
  await db.transaction(async (tx) => {
    const patch: Partial<typeof business.$inferInsert> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.atecoDivision !== undefined) patch.atecoDivision = input.atecoDivision;
    if (input.employees !== undefined) patch.employees = input.employees;
    if (input.comuneIstat !== undefined) {
      patch.comuneIstat = input.comuneIstat;
      patch.sportelloId = await sportelloForComune(tx as unknown as TDb, input.comuneIstat);
    }
    if (Object.keys(patch).length) await tx.update(business).set(patch).where(eq(business.id, id));
  });
  return getBusiness(db, id);
}

import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, membership, network, province, sportello, sportelloProvince } from '../../db/schema/index.js';
import { routeToSportello } from '../../domain/network/routing.js';
import { AppError } from '../../shared/errors.js';

export interface TSportelloView {
  id: string;
  networkId: string;
  name: string;
  slug: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  provinces: { code: string; sigla: string; name: string }[];
}

/** Sportelli with the provinces they serve, all or some. */
export async function listSportelli(db: TDb, ids?: string[]): Promise<TSportelloView[]> {
  const rows = await db
    .select()
    .from(sportello)
    .where(ids ? inArray(sportello.id, ids) : undefined)
    .orderBy(asc(sportello.name));
  if (rows.length === 0) return [];
  const served = await db
    .select({ sportelloId: sportelloProvince.sportelloId, code: province.code, sigla: province.sigla, name: province.name })
    .from(sportelloProvince)
    .innerJoin(province, eq(province.code, sportelloProvince.provinceCode))
    .where(inArray(sportelloProvince.sportelloId, rows.map((r) => r.id)))
    .orderBy(asc(province.name));
  return rows.map((r) => ({
    id: r.id,
    networkId: r.networkId,
    name: r.name,
    slug: r.slug,
    email: r.email,
    phone: r.phone,
    address: r.address,
    provinces: served.filter((p) => p.sportelloId === r.id).map(({ code, sigla, name }) => ({ code, sigla, name })),
  }));
}

/** One sportello or a not-found error (the caller has already been authorised). */
export async function getSportello(db: TDb, id: string): Promise<TSportelloView> {
  const [found] = await listSportelli(db, [id]);
  if (!found) throw new AppError('resource.not_found', 404);
  return found;
}

/** Member counts per sportello, for the network admin's list. */
export async function countMembers(db: TDb): Promise<Map<string, number>> {
  const rows = await db.select({ sportelloId: membership.sportelloId, n: count() }).from(membership).groupBy(membership.sportelloId);
  return new Map(rows.map((r) => [r.sportelloId, Number(r.n)]));
}

/** The comune and the sportello that serves it (through its province), or null when none does yet. */
export async function findSportelloForComune(db: TDb, istat: string) {
  const [place] = await db.select({ istat: comune.istat, name: comune.name, provinceCode: comune.provinceCode }).from(comune).where(eq(comune.istat, istat));
  if (!place) throw new AppError('geo.comune_not_found', 404);
  const coverage = await db
    .select({ sportelloId: sportelloProvince.sportelloId, provinceCode: sportelloProvince.provinceCode })
    .from(sportelloProvince)
    .where(eq(sportelloProvince.provinceCode, place.provinceCode));
  const sportelloId = routeToSportello(place.provinceCode, coverage);
  return { comune: place, sportello: sportelloId ? await getSportello(db, sportelloId) : null };
}

/** Replaces the provinces a sportello serves; refuses provinces another sportello already serves. */
export async function setProvinces(db: TDb, sportelloId: string, provinceCodes: string[]): Promise<TSportelloView> {
  const codes = [...new Set(provinceCodes)];
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(sportello).where(eq(sportello.id, sportelloId)).for('update');
    if (!target) throw new AppError('resource.not_found', 404);
    if (codes.length) {
      const known = await tx.select({ code: province.code }).from(province).where(inArray(province.code, codes));
      const unknown = codes.filter((c) => !known.some((k) => k.code === c));
      if (unknown.length) {
        throw new AppError('request.invalid', 422, unknown.map((c) => ({ field: 'provinceCodes', message: c })));
      }
      const taken = await tx
        .select({ code: sportelloProvince.provinceCode })
        .from(sportelloProvince)
        .where(and(eq(sportelloProvince.networkId, target.networkId), ne(sportelloProvince.sportelloId, sportelloId), inArray(sportelloProvince.provinceCode, codes)));
      if (taken.length) {
        throw new AppError('network.province_taken', 409, taken.map((t) => ({ field: 'provinceCodes', message: t.code })));
      }
    }
    await tx.delete(sportelloProvince).where(eq(sportelloProvince.sportelloId, sportelloId));
    if (codes.length) {
      await tx.insert(sportelloProvince).values(codes.map((provinceCode) => ({ sportelloId, networkId: target.networkId, provinceCode })));
    }
  });
  return getSportello(db, sportelloId);
}

/** Creates a sportello in the (single) national network. */
export async function createSportello(
  db: TDb,
  input: { name: string; slug: string; email?: string | null; phone?: string | null; address?: string | null },
): Promise<TSportelloView> {
  const [net] = await db.select().from(network).limit(1);
  if (!net) throw new AppError('resource.not_found', 404);
  const [clash] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, input.slug));
  if (clash) throw new AppError('network.slug_taken', 409, [{ field: 'slug', message: input.slug }]);
  const [created] = await db
    .insert(sportello)
    .values({ networkId: net.id, name: input.name, slug: input.slug, email: input.email ?? null, phone: input.phone ?? null, address: input.address ?? null })
    .returning({ id: sportello.id });
  return getSportello(db, created!.id);
}

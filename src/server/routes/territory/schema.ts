import { z } from '@hono/zod-openapi';

const figures = {
  openRequests: z.number().int().openapi({ example: 12, description: 'Ascolto requests not closed (new or in progress)' }),
  accompanied: z.number().int().openapi({ example: 30, description: 'Businesses with an angel assigned now' }),
  angels: z.number().int().openapi({ example: 8, description: 'Qualified angels, not paused, based in the province' }),
  freeCapacity: z.number().int().openapi({ example: 5, description: 'Sum over those angels of capacity minus open assignments' }),
  unservedInPerson: z.number().int().openapi({ example: 2, description: 'Open requests no in-person angel with free capacity reaches within their radius' }),
};

export const ZFigures = z.object(figures).openapi('TerritoryFigures');

export const ZProvinceFigures = z
  .object({
    code: z.string().openapi({ example: '015' }),
    name: z.string().openapi({ example: 'Milano' }),
    regionCode: z.string().openapi({ example: '03' }),
    sportelloId: z.string().nullable(),
    ...figures,
  })
  .openapi('TerritoryProvince');

export const ZSportelloTotals = z
  .object({
    sportelloId: z.string().nullable().openapi({ description: 'null: the provinces no sportello serves yet' }),
    name: z.string().nullable(),
    provinceCodes: z.array(z.string()),
    isDetailed: z.boolean().openapi({ description: 'Whether `provinces` holds this sportello’s provinces one by one' }),
    ...figures,
  })
  .openapi('TerritorySportelloTotals');

export const ZTerritory = z
  .object({
    scope: z.enum(['network', 'sportello']),
    provinces: z.array(ZProvinceFigures).openapi({ description: 'Per-province figures the viewer may read: all for the admin, the own sportello’s for a coordinator' }),
    sportelli: z.array(ZSportelloTotals).openapi({ description: 'Totals per sportello across the network (and one row, sportelloId null, for provinces nobody serves)' }),
    totals: ZFigures,
  })
  .openapi('Territory');

export const ZProvinceCodeParam = z.object({
  code: z
    .string()
    .regex(/^\d{3}$/)
    .openapi({ param: { name: 'code', in: 'path' }, example: '015', description: 'Three-digit ISTAT province code' }),
});

export const ZProvinceLists = z
  .object({
    code: z.string(),
    name: z.string(),
    sportelloId: z.string().nullable(),
    openRequests: z.array(
      z.object({ id: z.string(), comuneName: z.string(), businessName: z.string().nullable(), status: z.enum(['new', 'in_progress', 'closed']), createdAt: z.string() }),
    ),
    accompanied: z.array(z.object({ id: z.string(), name: z.string(), comuneName: z.string(), startedAt: z.string() })),
  })
  .openapi('TerritoryProvinceLists');

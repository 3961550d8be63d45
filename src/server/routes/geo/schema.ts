import { z } from '@hono/zod-openapi';

export const ZComuneSearchQuery = z.object({
  q: z.string().trim().min(1).max(80).openapi({ example: 'forli', description: 'Start of the name or of any word in it; accents optional' }),
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ example: 10 }),
});

export const ZIstatParam = z.object({
  istat: z
    .string()
    .regex(/^\d{6}$/)
    .openapi({ param: { name: 'istat', in: 'path' }, example: '040012', description: 'Six-digit ISTAT code' }),
});

export const ZComune = z
  .object({
    istat: z.string().openapi({ example: '040012' }),
    name: z.string().openapi({ example: 'Forlì' }),
    province: z.object({
      code: z.string().openapi({ example: '040' }),
      sigla: z.string().openapi({ example: 'FC' }),
      name: z.string().openapi({ example: 'Forlì-Cesena' }),
    }),
    region: z.object({ code: z.string().openapi({ example: '08' }), name: z.string().openapi({ example: 'Emilia-Romagna' }) }),
    lat: z.number().openapi({ example: 44.22736 }),
    lon: z.number().openapi({ example: 12.05031 }),
  })
  .openapi('Comune');

export const ZComuneList = z.object({ items: z.array(ZComune) }).openapi('ComuneList');

export const ZProvince = z
  .object({
    code: z.string().openapi({ example: '098' }),
    sigla: z.string().openapi({ example: 'LO' }),
    name: z.string().openapi({ example: 'Lodi' }),
    regionCode: z.string().openapi({ example: '03' }),
    regionName: z.string().openapi({ example: 'Lombardia' }),
  })
  .openapi('Province');

export const ZProvinceList = z.object({ items: z.array(ZProvince) }).openapi('ProvinceList');

export const ZRegion = z.object({ code: z.string().openapi({ example: '03' }), name: z.string().openapi({ example: 'Lombardia' }) }).openapi('Region');

export const ZRegionList = z.object({ items: z.array(ZRegion) }).openapi('RegionList');

export const ZAtecoQuery = z.object({
  locale: z.enum(['it', 'en']).optional().openapi({ description: "Labels' language; defaults to the request's locale" }),
});

export const ZAtecoDivision = z
  .object({
    code: z.string().openapi({ example: '56' }),
    label: z.string().openapi({ example: 'Bar e ristoranti' }),
    display: z.string().openapi({ example: '56 — Bar e ristoranti' }),
  })
  .openapi('AtecoDivision');

export const ZAteco = z
  .object({
    version: z.literal('ATECO 2025'),
    locale: z.enum(['it', 'en']),
    sections: z.array(
      z.object({
        code: z.string().openapi({ example: 'I' }),
        label: z.string().openapi({ example: 'Alloggio e ristorazione' }),
        divisions: z.array(ZAtecoDivision),
      }),
    ),
  })
  .openapi('Ateco');

export type TComuneSearchQuery = z.infer<typeof ZComuneSearchQuery>;

import type { OpenAPIHono } from '@hono/zod-openapi';
import { ATECO_SECTIONS, formatDivision, listDivisions } from '../../../domain/geo/ateco.js';
import { findComune, listProvinces, listRegions, searchComuni } from '../../../services/geo/comune-search.js';
import { AppError } from '../../../shared/errors.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZAteco, ZAtecoQuery, ZComune, ZComuneList, ZComuneSearchQuery, ZIstatParam, ZProvinceList, ZRegionList } from './schema.js';

const tags = ['geo'];

const searchRoute = defineRoute({
  method: 'get',
  path: '/comuni',
  tags,
  summary: 'Comuni whose name, or a word of it, starts with the text; exact names first',
  permission: 'public',
  request: { query: ZComuneSearchQuery },
  responses: { 200: json(ZComuneList), 422: problemResponses[422] },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/comuni/{istat}',
  tags,
  summary: 'One comune by ISTAT code',
  permission: 'public',
  request: { params: ZIstatParam },
  responses: { 200: json(ZComune), 404: problemResponses[404], 422: problemResponses[422] },
});

const provincesRoute = defineRoute({
  method: 'get',
  path: '/provinces',
  tags,
  summary: 'All provinces and metropolitan cities with their region',
  permission: 'public',
  responses: { 200: json(ZProvinceList) },
});

const regionsRoute = defineRoute({
  method: 'get',
  path: '/regions',
  tags,
  summary: 'The 20 regions',
  permission: 'public',
  responses: { 200: json(ZRegionList) },
});

const atecoRoute = defineRoute({
  method: 'get',
  path: '/ateco',
  tags,
  summary: 'ATECO 2025 sections and divisions with plain labels',
  permission: 'public',
  request: { query: ZAtecoQuery },
  responses: { 200: json(ZAteco), 422: problemResponses[422] },
});

/** Reference data changes once a year at most; an hour of caching spares the autocomplete. */
const CACHE_REFERENCE = 'public, max-age=3600';

/**
 * Geography and ATECO: comune search for autocompletes, provinces, regions, sectors.
 * All public; mounted under /api by the app.
 *
 * @example
 *   api.route('/', geoRoutes()); // GET /api/comuni?q=forli
 */
export function geoRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    const items = await searchComuni(c.get('deps').db, q, limit);
    return c.json({ items }, 200);
  });

  router.openapi(getRoute, async (c) => {
    const { istat } = c.req.valid('param');
    const item = await findComune(c.get('deps').db, istat);
    if (!item) throw new AppError('geo.comune_not_found', 404);
    c.header('cache-control', CACHE_REFERENCE);
    return c.json(item, 200);
  });

  router.openapi(provincesRoute, async (c) => {
    const items = await listProvinces(c.get('deps').db);
    c.header('cache-control', CACHE_REFERENCE);
    return c.json({ items }, 200);
  });

  router.openapi(regionsRoute, async (c) => {
    const items = await listRegions(c.get('deps').db);
    c.header('cache-control', CACHE_REFERENCE);
    return c.json({ items }, 200);
  });

  router.openapi(atecoRoute, (c) => {
    const locale = c.req.valid('query').locale ?? c.get('locale');
    const sections = ATECO_SECTIONS.map((s) => ({
      code: s.code,
      label: s[locale],
      divisions: listDivisions(s.code).map((d) => ({ code: d.code, label: d[locale], display: formatDivision(d.code, locale)! })),
    }));
    c.header('cache-control', CACHE_REFERENCE);
    c.header('vary', 'accept-language');
    return c.json({ version: 'ATECO 2025' as const, locale, sections }, 200);
  });

  return router;
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { findProvince, provinceLists } from '../../../services/territory/province-lists.js';
import { readTerritory } from '../../../services/territory/read-territory.js';
import { territoryColumns, territoryLines } from '../../../services/territory/territory-table.js';
import { respondWithTable, tableFileResponse, ZExportFormatQuery } from '../../export/respond-with-table.js';
import { AppError } from '../../../shared/errors.js';
import { presentDates } from '../../presenters.js';
import type { TAppEnv } from '../../context.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZProvinceCodeParam, ZProvinceLists, ZTerritory } from './schema.js';

const provincesRoute = defineRoute({
  method: 'get',
  path: '/territory/provinces',
  tags: ['territory'],
  summary: 'The map’s figures: own provinces in full, every sportello as totals (admin: every province)',
  permission: 'territory.read',
  responses: { 200: json(ZTerritory), 401: problemResponses[401], 404: problemResponses[404] },
});

const exportRoute = defineRoute({
  method: 'get',
  path: '/territory/provinces/export',
  tags: ['territory'],
  summary: 'The map’s table as CSV or XLSX: what the viewer sees on the map, no more',
  permission: 'territory.read',
  request: { query: ZExportFormatQuery },
  responses: { 200: tableFileResponse, 400: problemResponses[422], 401: problemResponses[401] },
});

const listsRoute = defineRoute({
  method: 'get',
  path: '/territory/provinces/{code}',
  tags: ['territory'],
  summary: 'A province’s open requests and accompanied businesses (its sportello’s coordinators, the admin)',
  permission: 'territory.read_provinces',
  request: { params: ZProvinceCodeParam },
  responses: { 200: json(ZProvinceLists), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

/**
 * The territory map's data, mounted under /api.
 *
 * @example api.route('/', territoryRoutes()); // GET /api/territory/provinces
 */
export function territoryRoutes(): OpenAPIHono<TAppEnv> {
  return createRouter()
    .openapi(provincesRoute, async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'territory.read', { type: 'network' });
      c.header('cache-control', 'private, no-store');
      return c.json(await readTerritory(c.get('deps').db, actor!), 200);
    })
    .openapi(exportRoute, async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'territory.read', { type: 'network' });
      const locale = c.get('locale');
      const lines = territoryLines(await readTerritory(c.get('deps').db, actor!), locale);
      return respondWithTable(c, { format: c.req.valid('query').format, fileName: locale === 'it' ? 'territorio' : 'territory', sheetName: locale === 'it' ? 'Territorio' : 'Territory', columns: territoryColumns(locale), rows: lines, pseudonymise: false });
    })
    .openapi(listsRoute, async (c) => {
      const actor = c.get('actor');
      const { db } = c.get('deps');
      const found = await findProvince(db, c.req.valid('param').code);
      if (!found) throw new AppError('resource.not_found', 404);
      // A province nobody serves is the network admin's alone.
      if (found.sportelloId === null) authorize(actor, 'network.manage_sportelli', { type: 'network' });
      else authorize(actor, 'territory.read_provinces', { type: 'sportello', sportelloId: found.sportelloId });
      const lists = await provinceLists(db, found.code);
      c.header('cache-control', 'private, no-store');
      return c.json({ ...found, openRequests: lists.openRequests.map(presentDates), accompanied: lists.accompanied.map(presentDates) }, 200);
    });
}

import { z } from '@hono/zod-openapi';
import { authorize } from '../../../policy/index.js';
import { attributionLine, latestSnapshotDate } from '../../../services/funding/attribution.js';
import { loadFundingGeography, type TFundingGeography } from '../../../services/funding/check-calls.js';
import { importIncentivi, listFundingImports } from '../../../services/funding/import-incentivi.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import { json, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZFundingImportList, ZFundingImportResult, ZFundingImportUpload } from './imports-schema.js';

const tags = ['funding'];
const theNetwork = { type: 'network' as const };
/** A 6,000-record export is about 27 MB as JSON; room for the portal's whole catalogue to grow. */
export const MAX_FUNDING_IMPORT_BYTES = 64 * 1024 * 1024;

const tooLarge = { description: 'The file is larger than 64 MB', content: { 'application/problem+json': { schema: z.any() } } };

const importRoute = defineRoute({
  method: 'post',
  path: '/funding/imports',
  tags,
  summary: 'Apply an Incentivi.gov.it export (multipart `file`, JSON or CSV) to the national catalogue: whole or nothing',
  permission: 'funding.import',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: ZFundingImportUpload } } } },
  responses: { 201: json(ZFundingImportResult, 'Imported'), 401: problemResponses[401], 404: problemResponses[404], 413: tooLarge, 422: problemResponses[422] },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/funding/imports',
  tags,
  summary: 'The imports of the national catalogue, latest first, and the attribution line now shown',
  permission: 'funding.import',
  responses: { 200: json(ZFundingImportList), 401: problemResponses[401], 404: problemResponses[404] },
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && new Date(`${value}T12:00:00Z`).toISOString().slice(0, 10) === value;

let geography: Promise<TFundingGeography> | undefined;

export function fundingImportRoutes() {
  return createRouter()
    .openapi(importRoute, async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'funding.import', theNetwork);
      const locale = c.get('locale');
      const form = await c.req.parseBody().catch(() => {
        throw new AppError('request.malformed_multipart', 400);
      });
      const file = form.file;
      if (!(file instanceof File)) throw new AppError('file.missing', 422, [{ field: 'file', message: messageFor('file.missing', locale) }]);
      const snapshotDate = typeof form.snapshotDate === 'string' && form.snapshotDate !== '' ? form.snapshotDate : undefined;
      if (snapshotDate !== undefined && !isDay(snapshotDate)) {
        throw new AppError('request.invalid', 422, [{ field: 'snapshotDate', message: locale === 'it' ? 'Scrivi un giorno come 2025-07-12.' : 'Write a day as 2025-07-12.' }]);
      }
      geography ??= loadFundingGeography();
      const { comuni } = await geography;
      const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
      const result = await importIncentivi(c.get('deps').db, text, { comuni, fileName: file.name || null, snapshotDate, createdBy: actor!.userId });
      if (!result.ok) throw new AppError('funding.import_refused', 422, result.problems.map((message) => ({ field: 'file', message })));
      const [saved] = (await listFundingImports(c.get('deps').db, 1)).filter((row) => row.id === result.importId);
      return c.json({ ...saved!, createdAt: saved!.createdAt.toISOString(), format: result.format, total: result.total }, 201);
    })
    .openapi(listRoute, async (c) => {
      authorize(c.get('actor'), 'funding.import', theNetwork);
      const db = c.get('deps').db;
      const [items, day] = await Promise.all([listFundingImports(db), latestSnapshotDate(db)]);
      return c.json({ items: items.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })), attribution: attributionLine(day, c.get('locale')) }, 200);
    });
}

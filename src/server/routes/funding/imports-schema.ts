import { z } from '@hono/zod-openapi';

export const ZFundingImportUpload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'The Incentivi.gov.it export, JSON or CSV, as the portal publishes it' }),
  snapshotDate: z.string().optional().openapi({ description: 'The day the export was taken, YYYY-MM-DD (default: the date in the file name, else today in Italy)' }),
});

export const ZFundingImportSummary = z
  .object({
    id: z.string().uuid(),
    source: z.string(),
    snapshotDate: z.string().nullable(),
    fileName: z.string().nullable(),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    missing: z.number().int().openapi({ description: 'Catalogue records this export no longer lists (kept, marked missing)' }),
    createdAt: z.string(),
  })
  .openapi('FundingImport');

export const ZFundingImportResult = ZFundingImportSummary.extend({ format: z.string(), total: z.number().int() }).openapi('FundingImportResult');

export const ZFundingImportList = z.object({ items: z.array(ZFundingImportSummary), attribution: z.string() }).openapi('FundingImportList');

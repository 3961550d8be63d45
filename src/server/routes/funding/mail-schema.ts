import { z } from '@hono/zod-openapi';

export const ZFundingMailSettings = z
  .object({
    digest: z.boolean().openapi({ description: 'The weekly mail of new calls that fit' }),
    alerts: z.boolean().openapi({ description: 'Mails about followed calls: it opens, 14 and 3 days before it closes' }),
  })
  .openapi('FundingMailSettings');

export const ZFundingMailChange = ZFundingMailSettings.partial().strict();

export const ZFundingTokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/) });

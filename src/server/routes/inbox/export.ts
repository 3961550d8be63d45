import type { Context } from 'hono';
import type { TAppEnv } from '../../context.js';
import type { TInboxQuery } from '../../../services/inbox/list-inbox.js';
import { AppError } from '../../../shared/errors.js';

/** CSV/XLSX of the inbox list: filled in once src/server/export lands (see the report). */
export async function respondInboxExport(_c: Context<TAppEnv>, _sportelloId: string, _query: TInboxQuery, _format: 'csv' | 'xlsx'): Promise<Response> {
  throw new AppError('request.invalid', 422, [{ field: 'format', message: 'unsupported' }]);
}

import { ownCallProblemText } from '../../shared/funding-messages.js';
import type { TLocale } from '../../shared/locale.js';
import type { TComuneLookup } from './comune-lookup.js';
import { describeImportProblem, MAX_IMPORT_PROBLEMS } from './incentivi-record.js';
import { normalizeIncentiviExport } from './normalize-export.js';
import { readOwnCallsFile } from './own-call.js';
import { parseIncentiviCsv } from './parse-incentivi-csv.js';
import { parseIncentiviJson } from './parse-incentivi-json.js';
import type { TCall } from './types.js';

export type TCallsFormat = 'incentivi-json' | 'incentivi-csv' | 'own-json';

export type TReadCallsResult = { ok: true; format: TCallsFormat; calls: TCall[] } | { ok: false; format: TCallsFormat | null; problems: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A calls file in any of the formats we take (docs/funding.md), told apart by content: JSON
 * with `response.docs` is the portal's export, JSON with `calls` our own format, anything
 * else is read as the portal's CSV. Problems are one line each, naming the record or row
 * and the field.
 *
 * @example readCallsText(fs.readFileSync('calls.json', 'utf8'), { comuni }); // { ok: true, format: 'own-json', calls }
 */
export function readCallsText(text: string, options: { comuni: TComuneLookup; locale?: TLocale }): TReadCallsResult {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (err) {
      return { ok: false, format: null, problems: [`not valid JSON: ${(err as Error).message}`] };
    }
    if (isRecord(json) && 'calls' in json) {
      const read = readOwnCallsFile(json);
      if (read.ok) return { ok: true, format: 'own-json', calls: read.calls };
      return { ok: false, format: 'own-json', problems: read.problems.slice(0, MAX_IMPORT_PROBLEMS).map((p) => `${p.field}: ${ownCallProblemText(p, options.locale ?? 'en')}`) };
    }
    const parsed = parseIncentiviJson(body);
    if (!parsed.ok) return { ok: false, format: 'incentivi-json', problems: parsed.problems.map(describeImportProblem) };
    const calls = normalizeIncentiviExport(parsed.records, options);
    return calls.ok ? { ok: true, format: 'incentivi-json', calls: calls.calls } : { ok: false, format: 'incentivi-json', problems: calls.problems.map(describeImportProblem) };
  }
  const parsed = parseIncentiviCsv(body);
  if (!parsed.ok) return { ok: false, format: 'incentivi-csv', problems: parsed.problems.map(describeImportProblem) };
  const calls = normalizeIncentiviExport(parsed.records, { ...options, rows: parsed.rows });
  return calls.ok ? { ok: true, format: 'incentivi-csv', calls: calls.calls } : { ok: false, format: 'incentivi-csv', problems: calls.problems.map(describeImportProblem) };
}

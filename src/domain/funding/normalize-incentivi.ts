import type { TComuneLookup } from './comune-lookup.js';
import type { TIncentiviRecord } from './incentivi-record.js';
import { AMOUNT_COLUMNS, readAmount } from './normalize-amounts.js';
import { readAtecoField } from './normalize-ateco.js';
import { closingKind } from './normalize-closing.js';
import { normalizeComuni } from './normalize-comuni.js';
import { mapKinds, mapPurposes, mapSizes } from './normalize-kinds.js';
import { normalizeRegions } from './normalize-territory.js';
import { readRomeDateTime } from './rome-day.js';
import type { TCall, TCallAmounts, TFundingProblem } from './types.js';

export type TNormalizeResult = { ok: true; call: TCall } | { ok: false; problems: TFundingProblem[] };

export interface TNormalizeOptions {
  comuni: TComuneLookup;
}

function readDate(problems: TFundingProblem[], field: 'Data_apertura' | 'Data_chiusura', text: string | undefined) {
  if (text === undefined || text.trim() === '') return null;
  const read = readRomeDateTime(text);
  if (!read) problems.push({ field, message: `"${text}" is not a date (YYYY-MM-DDTHH:MM:SS)` });
  return read;
}

function readAmounts(problems: TFundingProblem[], record: TIncentiviRecord): TCallAmounts {
  const amounts: TCallAmounts = { spendingMin: null, spendingMax: null, grantMin: null, grantMax: null };
  for (const key of Object.keys(AMOUNT_COLUMNS) as (keyof TCallAmounts)[]) {
    const field = AMOUNT_COLUMNS[key];
    const read = readAmount(record[field]);
    if (read.ok) amounts[key] = read.value;
    else problems.push({ field, message: read.message });
  }
  for (const [min, max] of [['spendingMin', 'spendingMax'], ['grantMin', 'grantMax']] as const) {
    const low = amounts[min];
    const high = amounts[max];
    if (low !== null && high !== null && low > high) problems.push({ field: AMOUNT_COLUMNS[min], message: `the minimum (${low}) is above the maximum (${high})` });
  }
  return amounts;
}

function textOrNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text.trim();
}

/**
 * One Incentivi.gov.it record in our shape (rules in docs/funding.md), or the fields it
 * cannot be read from. Pure: the comuni come as a lookup built by the caller.
 *
 * @example
 *   const result = normalizeIncentiviRecord(record, { comuni: buildComuneLookup(comuni) });
 *   if (result.ok) result.call.regions; // ['06']
 */
export function normalizeIncentiviRecord(record: TIncentiviRecord, options: TNormalizeOptions): TNormalizeResult {
  const problems: TFundingProblem[] = [];
  const opens = readDate(problems, 'Data_apertura', record.Data_apertura);
  const closes = readDate(problems, 'Data_chiusura', record.Data_chiusura);
  if (opens && closes && closes.day < opens.day) {
    problems.push({ field: 'Data_chiusura', message: `closes (${closes.day}) before it opens (${opens.day})` });
  }
  const territory = normalizeRegions(record.Regioni);
  if (!territory.ok) problems.push({ field: 'Regioni', message: territory.message });
  const ateco = readAtecoField(record.Codici_ATECO);
  if (!ateco.ok) problems.push({ field: 'Codici_ATECO', message: ateco.message });
  const amounts = readAmounts(problems, record);
  if (!territory.ok || !ateco.ok || problems.length) return { ok: false, problems };

  const regions = territory.territory.regions;
  return {
    ok: true,
    call: {
      id: record.ID_Incentivo.trim(),
      source: 'incentivi',
      title: record.Titolo.trim(),
      description: record.Descrizione?.trim() ?? '',
      link: textOrNull(record.Link_istituzionale),
      opensOn: opens?.instant ?? null,
      closesOn: closes?.instant ?? null,
      opensDay: opens?.day ?? null,
      closesDay: closes?.day ?? null,
      closing: closingKind(closes?.day ?? null, record.Note_di_apertura_chiusura),
      closingNote: textOrNull(record.Note_di_apertura_chiusura),
      ...territory.territory,
      comuni: normalizeComuni(record.Comuni, territory.territory.national ? [] : regions, options.comuni),
      sizes: mapSizes(record.Dimensioni),
      ateco: ateco.value.all ? 'all' : ateco.value.codes,
      atecoVersion: ateco.value.version,
      kinds: mapKinds(record.Forma_agevolazione).kinds,
      areas: mapPurposes(record.Obiettivo_Finalita),
      amounts,
      grantingBody: textOrNull(record.Soggetto_Concedente),
      curatedRules: [],
      raw: record,
    },
  };
}

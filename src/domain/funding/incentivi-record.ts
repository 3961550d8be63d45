import { z } from 'zod';

/**
 * One record of Incentivi.gov.it's open-data export (MIMIT, IODL 2.0), as the JSON export
 * publishes it: the 29 official columns, absent when empty, list columns as arrays of
 * strings, numbers as strings. Columns we do not know are kept (the portal may add some).
 */

/** The columns that hold several values; the CSV export joins them with commas. */
export const INCENTIVI_LIST_COLUMNS = [
  'Obiettivo_Finalita',
  'Dimensioni',
  'Tipologia_Soggetto',
  'Forma_agevolazione',
  'Costi_Ammessi',
  'Settore_Attivita',
  'Regioni',
  'Ambito_territoriale',
  'Altre_caratteristiche',
] as const;

/** The columns holding one text each. */
export const INCENTIVI_TEXT_COLUMNS = [
  'ID_Incentivo',
  'Titolo',
  'Descrizione',
  'Data_apertura',
  'Data_chiusura',
  'Note_di_apertura_chiusura',
  'Spesa_Ammessa_min',
  'Spesa_Ammessa_max',
  'Agevolazione_Concedibile_min',
  'Agevolazione_Concedibile_max',
  'Codici_ATECO',
  'Comuni',
  'Soggetto_Concedente',
  'Base_normativa_primaria',
  'Base_normativa_secondaria',
  'Provvedimento_attuativo',
  'Gazzetta_ufficiale',
  'Stanziamento_incentivo',
  'Link_istituzionale',
  'Data_ultimo_aggiornamento',
] as const;

/** The 29 columns in the order the portal's CSV export writes them. */
export const INCENTIVI_COLUMNS = [
  'ID_Incentivo',
  'Titolo',
  'Descrizione',
  'Obiettivo_Finalita',
  'Data_apertura',
  'Data_chiusura',
  'Note_di_apertura_chiusura',
  'Dimensioni',
  'Tipologia_Soggetto',
  'Forma_agevolazione',
  'Costi_Ammessi',
  'Spesa_Ammessa_min',
  'Spesa_Ammessa_max',
  'Agevolazione_Concedibile_min',
  'Agevolazione_Concedibile_max',
  'Settore_Attivita',
  'Codici_ATECO',
  'Regioni',
  'Comuni',
  'Ambito_territoriale',
  'Soggetto_Concedente',
  'Base_normativa_primaria',
  'Base_normativa_secondaria',
  'Provvedimento_attuativo',
  'Gazzetta_ufficiale',
  'Stanziamento_incentivo',
  'Link_istituzionale',
  'Altre_caratteristiche',
  'Data_ultimo_aggiornamento',
] as const;

export type TIncentiviListColumn = (typeof INCENTIVI_LIST_COLUMNS)[number];

const ZText = z.string({ error: 'expected a text' });
const ZList = z.array(z.string({ error: 'expected a text' }), { error: 'expected a list of texts' });
const ZRequired = (column: string) => z.string({ error: `${column} is missing` }).trim().min(1, `${column} is empty`);

export const ZIncentiviRecord = z.looseObject({
  ID_Incentivo: ZRequired('ID_Incentivo'),
  Titolo: ZRequired('Titolo'),
  Descrizione: ZText.optional(),
  Obiettivo_Finalita: ZList.optional(),
  Data_apertura: ZText.optional(),
  Data_chiusura: ZText.optional(),
  Note_di_apertura_chiusura: ZText.optional(),
  Dimensioni: ZList.optional(),
  Tipologia_Soggetto: ZList.optional(),
  Forma_agevolazione: ZList.optional(),
  Costi_Ammessi: ZList.optional(),
  Spesa_Ammessa_min: ZText.optional(),
  Spesa_Ammessa_max: ZText.optional(),
  Agevolazione_Concedibile_min: ZText.optional(),
  Agevolazione_Concedibile_max: ZText.optional(),
  Settore_Attivita: ZList.optional(),
  Codici_ATECO: ZText.optional(),
  Regioni: ZList.optional(),
  Comuni: ZText.optional(),
  Ambito_territoriale: ZList.optional(),
  Soggetto_Concedente: ZText.optional(),
  Base_normativa_primaria: ZText.optional(),
  Base_normativa_secondaria: ZText.optional(),
  Provvedimento_attuativo: ZText.optional(),
  Gazzetta_ufficiale: ZText.optional(),
  Stanziamento_incentivo: ZText.optional(),
  Link_istituzionale: ZText.optional(),
  Altre_caratteristiche: ZList.optional(),
  Data_ultimo_aggiornamento: ZText.optional(),
});

export type TIncentiviRecord = z.infer<typeof ZIncentiviRecord>;

/** Why a file was refused: where (record index and id, or CSV row) and which field. */
export interface TImportProblem {
  /** 0-based position in the JSON `docs` array. */
  record?: number;
  /** 1-based line of the CSV file, the header being row 1 (as a spreadsheet numbers it). */
  row?: number;
  /** The record's `ID_Incentivo`, when it could be read. */
  id?: string;
  field?: string;
  message: string;
}

export type TParseIncentiviResult =
  /** `rows`: the CSV row of each record, so later problems can name it (absent for JSON). */
  | { ok: true; records: TIncentiviRecord[]; rows?: number[] }
  | { ok: false; problems: TImportProblem[] };

/** At most this many problems are reported: a wrong file can have thousands. */
export const MAX_IMPORT_PROBLEMS = 50;

/**
 * Validates the shape of one record; problems name the field.
 *
 * @example readIncentiviRecord({ ID_Incentivo: '1', Titolo: 'Voucher' }); // { ok: true, record }
 */
export function readIncentiviRecord(value: unknown): { ok: true; record: TIncentiviRecord } | { ok: false; problems: { field: string; message: string }[] } {
  const parsed = ZIncentiviRecord.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(record)', message: issue.message })),
  };
}

/** "record 12 (ID_Incentivo 3730), field Regioni: …": the CLI and the import report say it so. */
export function describeImportProblem(p: TImportProblem): string {
  const where = [
    p.row !== undefined ? `row ${p.row}` : p.record !== undefined ? `record ${p.record}` : 'file',
    p.id ? `(ID_Incentivo ${p.id})` : '',
    p.field ? `field ${p.field}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${where}: ${p.message}`;
}

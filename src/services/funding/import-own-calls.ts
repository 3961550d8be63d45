import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingImport } from '../../db/schema/index.js';
import { readOwnCallsCsv } from '../../domain/funding/own-calls-csv.js';
import { AppError } from '../../shared/errors.js';
import { csvProblemText } from '../../shared/funding-coord-messages.js';
import type { TLocale } from '../../shared/locale.js';
import { saveCalls } from './call-store.js';

/** At most this many problems are listed; the file is refused whole anyway. */
const MAX_PROBLEMS = 50;

export interface TOwnCallsImportResult {
  importId: string;
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * A sportello's CSV of own calls (docs/funding-own-calls.md), imported whole or refused: a
 * refusal (422 `funding.import_refused`) lists "riga 3, campo Chiusura: …" and stores nothing.
 * Calls are matched by their code in the sportello: a code seen before changes that call.
 * The run is recorded in `funding_import` (source 'sportello').
 *
 * @example const { added, changed, unchanged } = await importOwnCallsCsv(db, { sportelloId, text, fileName: 'bandi.csv', by, locale: 'it' });
 */
export async function importOwnCallsCsv(db: TDb, options: { sportelloId: string; text: string; fileName: string | null; by: string; locale: TLocale }): Promise<TOwnCallsImportResult> {
  const read = readOwnCallsCsv(options.text);
  if (!read.ok) {
    // Each problem its own field ("rows.3.Chiusura", then "rows.3.Chiusura.2"), so none is folded into another.
    const seen = new Map<string, number>();
    const fields = read.problems.slice(0, MAX_PROBLEMS).map((p) => {
      const field = `rows.${p.row}${p.column ? `.${p.column}` : ''}`;
      const n = (seen.get(field) ?? 0) + 1;
      seen.set(field, n);
      return { field: n === 1 ? field : `${field}.${n}`, message: csvProblemText(p, options.locale) };
    });
    throw new AppError('funding.import_refused', 422, fields);
  }
  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(fundingImport)
      .values({ source: 'sportello', sportelloId: options.sportelloId, fileName: options.fileName?.slice(0, 200) ?? null, createdBy: options.by })
      .returning({ id: fundingImport.id });
    const counts = await saveCalls(tx, read.calls, { sportelloId: options.sportelloId, createdBy: options.by, importId: run!.id });
    await tx.update(fundingImport).set({ added: counts.added, changed: counts.changed, unchanged: counts.unchanged }).where(eq(fundingImport.id, run!.id));
    return { importId: run!.id, added: counts.added, changed: counts.changed, unchanged: counts.unchanged };
  });
}

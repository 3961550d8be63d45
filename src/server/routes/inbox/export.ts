import type { Context } from 'hono';
import { SECTOR_CHOICES } from '../../../shared/plain-sectors.js';
import type { TLocale } from '../../../shared/locale.js';
import type { TExportColumn } from '../../../services/export/table.js';
import { listInbox, type TInboxItem, type TInboxQuery } from '../../../services/inbox/list-inbox.js';
import { respondWithTable, type TExportFormat } from '../../export/respond-with-table.js';

const STATUS: Record<TInboxItem['status'], { it: string; en: string }> = {
  new: { it: 'nuova', en: 'new' },
  taken: { it: 'presa in carico', en: 'taken' },
  assigned: { it: 'assegnata', en: 'assigned' },
  accompanied: { it: 'in affiancamento', en: 'in accompaniment' },
  concluded: { it: 'conclusa', en: 'concluded' },
  archived: { it: 'archiviata', en: 'archived' },
};

const H = {
  createdAt: { it: 'Arrivata', en: 'Arrived' },
  status: { it: 'Stato', en: 'Status' },
  waiting: { it: 'Giorni lavorativi di attesa', en: 'Working days waiting' },
  overdue: { it: 'In attesa da troppo', en: 'Waiting too long' },
  comune: { it: 'Comune', en: 'Comune' },
  sector: { it: 'Settore', en: 'Sector' },
  areas: { it: 'Aree', en: 'Areas' },
  business: { it: 'Attività', en: 'Business' },
  kind: { it: 'Contatto', en: 'Contact' },
  name: { it: 'Nome', en: 'Name' },
  email: { it: 'E-mail', en: 'E-mail' },
  phone: { it: 'Telefono', en: 'Phone' },
  takenBy: { it: 'Presa in carico da', en: 'Taken by' },
  angel: { it: 'Angel', en: 'Angel' },
  transfer: { it: 'Passata con il motivo', en: 'Passed on because' },
} as const;

/**
 * The inbox's columns. Names, contacts, the business name (often a person's), the people who
 * work it and the transfer's free text are personal: pseudonymised for a viewer who may not see
 * the sportello's people.
 */
export function inboxColumns(locale: TLocale): TExportColumn<TInboxItem>[] {
  const h = (k: keyof typeof H) => H[k][locale];
  const sector = (id: string | null) => SECTOR_CHOICES.find((s) => s.id === id)?.label[locale] ?? id;
  return [
    { header: h('createdAt'), value: (r) => new Date(r.createdAt), width: 18 },
    { header: h('status'), value: (r) => STATUS[r.status][locale] },
    { header: h('waiting'), value: (r) => r.workingDaysWaiting },
    { header: h('overdue'), value: (r) => r.isOverdue },
    { header: h('comune'), value: (r) => r.comuneName },
    { header: h('sector'), value: (r) => sector(r.sectorId) },
    { header: h('areas'), value: (r) => r.chosenAreas.join(', ') },
    { header: h('business'), value: (r) => r.businessName, personal: true },
    { header: h('kind'), value: (r) => r.contactKind },
    { header: h('name'), value: (r) => r.contactName, personal: true },
    { header: h('email'), value: (r) => r.contactEmail, personal: true, width: 28 },
    { header: h('phone'), value: (r) => r.contactPhone, personal: true },
    { header: h('takenBy'), value: (r) => r.takenByName, personal: true },
    { header: h('angel'), value: (r) => r.angel?.name ?? null, personal: true },
    { header: h('transfer'), value: (r) => r.transfer?.reason ?? null, personal: true, width: 40 },
  ];
}

/** Every row the filters select, read by the list's own keyset pages (100 at a time). */
async function* allRows(db: Parameters<typeof listInbox>[0], sportelloId: string, query: TInboxQuery): AsyncGenerator<TInboxItem> {
  let cursor: string | undefined;
  for (;;) {
    const page = await listInbox(db, sportelloId, { ...query, cursor, limit: 100 });
    yield* page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

export function respondInboxExport(c: Context, db: Parameters<typeof listInbox>[0], sportelloId: string, query: TInboxQuery, format: TExportFormat, locale: TLocale, pseudonymise: boolean): Response {
  return respondWithTable(c, {
    format,
    fileName: locale === 'it' ? 'richieste' : 'requests',
    sheetName: locale === 'it' ? 'Richieste' : 'Requests',
    columns: inboxColumns(locale),
    rows: allRows(db, sportelloId, query),
    pseudonymise,
  });
}

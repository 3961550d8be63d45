import type { TLocale } from '../../shared/locale.js';
import type { TExportColumn } from '../export/table.js';
import type { TCaseload, TCaseloadBusiness } from './caseloads.js';

/** One line of the caseloads' file: a business an angel follows, or an angel following none. */
export interface TCaseloadLine {
  angel: TCaseload;
  business: TCaseloadBusiness | null;
}

const WORDS = {
  it: { angel: 'Angel', comune: 'Comune dell’angel', capacity: 'Posti', active: 'Imprese seguite', paused: 'In pausa', meetings: 'Incontri del mese', overdue: 'Azioni in ritardo (angel)', last: 'Ultima attività (angel)', business: 'Impresa', bizComune: 'Comune', since: 'Dal', reason: 'Motivo', bizOverdue: 'Azioni in ritardo (impresa)', bizLast: 'Ultima attività (impresa)' },
  en: { angel: 'Angel', comune: 'Angel’s comune', capacity: 'Places', active: 'Businesses followed', paused: 'Paused', meetings: 'Meetings this month', overdue: 'Overdue actions (angel)', last: 'Last activity (angel)', business: 'Business', bizComune: 'Comune', since: 'Since', reason: 'Reason', bizOverdue: 'Overdue actions (business)', bizLast: 'Last activity (business)' },
} as const;

/** One line per business followed, and one for each angel who follows none. */
export function caseloadLines(caseloads: readonly TCaseload[]): TCaseloadLine[] {
  return caseloads.flatMap((angel): TCaseloadLine[] => (angel.businesses.length ? angel.businesses.map((business) => ({ angel, business })) : [{ angel, business: null }]));
}

/** The columns; the angel's name and the reason (free text) are personal data. */
export function caseloadColumns(locale: TLocale): TExportColumn<TCaseloadLine>[] {
  const w = WORDS[locale];
  return [
    { header: w.angel, value: (l) => l.angel.name, personal: true, width: 24 },
    { header: w.comune, value: (l) => l.angel.comuneName, width: 20 },
    { header: w.capacity, value: (l) => l.angel.capacity },
    { header: w.active, value: (l) => l.angel.activeCases },
    { header: w.paused, value: (l) => l.angel.isPaused },
    { header: w.meetings, value: (l) => l.angel.meetingsThisMonth },
    { header: w.overdue, value: (l) => l.angel.overdueActions },
    { header: w.last, value: (l) => l.angel.lastActivityAt },
    { header: w.business, value: (l) => l.business?.name ?? null, width: 30 },
    { header: w.bizComune, value: (l) => l.business?.comuneName ?? null, width: 20 },
    { header: w.since, value: (l) => l.business?.startedAt ?? null },
    { header: w.reason, value: (l) => l.business?.reason ?? null, personal: true, width: 36 },
    { header: w.bizOverdue, value: (l) => l.business?.overdueActions ?? null },
    { header: w.bizLast, value: (l) => l.business?.lastActivityAt ?? null },
  ];
}

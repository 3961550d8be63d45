import { csvField } from '../export/table.js';
import { loadPdfKit } from '../system/load-pdfkit.js';
import { ACTION_STATUS_LABELS, OWNER_LABELS, unitLabel } from '../../domain/plans/labels.js';
import type { TLocale } from '../../shared/locale.js';
import type { getPlanView } from './plans.js';

type TView = Awaited<ReturnType<typeof getPlanView>>;

const WORDS = {
  it: { title: 'Il nostro piano di rilancio', goal: 'Obiettivo', from: 'da', to: 'a', by: 'entro il', now: 'oggi', actions: 'Cosa facciamo', next: 'Prossimo incontro', none: 'Nessun incontro fissato', who: 'Chi', when: 'Entro', call: 'Bando', closes: 'chiude il', closed: 'chiuso il', rolling: 'a sportello', unknown: 'data di chiusura da verificare', columns: ['Obiettivo', 'Indicatore', 'Unità', 'Partenza', 'Traguardo', 'Oggi', 'Entro il', 'Azione', 'Chi', 'Entro', 'Stato'] },
  en: { title: 'Our relaunch plan', goal: 'Goal', from: 'from', to: 'to', by: 'by', now: 'today', actions: 'What we do', next: 'Next meeting', none: 'No meeting booked', who: 'Who', when: 'By', call: 'Funding call', closes: 'closes on', closed: 'closed on', rolling: 'until funds run out', unknown: 'closing date to be checked', columns: ['Goal', 'Indicator', 'Unit', 'Start', 'Target', 'Now', 'By', 'Action', 'Who', 'Due', 'Status'] },
} as const;

function formatDate(iso: string | null, locale: TLocale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Rome' }).format(new Date(`${iso}T12:00:00Z`));
}

/**
 * A linked call's deadline for the printed plan, on the day the plan was read (Europe/Rome).
 * @example callDeadline({ closing: 'date', closesDay: '2026-12-31', status: 'open' }, 'it') // 'chiude il 31 dicembre 2026'
 */
export function callDeadline(call: Pick<TView['calls'][number], 'closing' | 'closesDay' | 'status'>, locale: TLocale): string {
  const w = WORDS[locale];
  if (call.closing === 'date' && call.closesDay) {
    const day = new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date(`${call.closesDay}T12:00:00Z`));
    return `${call.status === 'closed' ? w.closed : w.closes} ${day}`;
  }
  return call.closing === 'rolling' ? w.rolling : w.unknown;
}

/** The plan as CSV, one line per action (goals without actions get one line), for a spreadsheet. */
export function planCsv(view: TView, locale: TLocale): string {
  const w = WORDS[locale];
  const lines = [w.columns.join(',')];
  for (const goal of view.goals) {
    const i = goal.indicator;
    const head = [goal.title, i.name, unitLabel(i.unit, locale), i.baseline, i.target, i.current, i.byDate];
    const actions = view.actions.filter((a) => a.goalId === goal.id);
    if (actions.length === 0) lines.push([...head, '', '', '', ''].map(csvField).join(','));
    for (const a of actions) lines.push([...head, a.title, OWNER_LABELS[a.owner][locale], a.dueDate ?? '', ACTION_STATUS_LABELS[a.status][locale]].map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * The plan as a PDF to keep on the fridge: big type, each goal with where it stands,
 * its actions as a checklist with who and by when, and the next meeting.
 */
export async function planPdf(view: TView, businessName: string, nextMeeting: string | null, locale: TLocale): Promise<Buffer> {
  const w = WORDS[locale];
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `${w.title} — ${businessName}`, Author: 'Affianco' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fillColor('#0b4f8a').font('Helvetica-Bold').fontSize(26).text(w.title);
  doc.fillColor('#1a1a1a').font('Helvetica').fontSize(14).text(businessName);
  doc.moveDown(0.5).fontSize(13).fillColor('#0b4f8a').font('Helvetica-Bold').text(`${w.next}: `, { continued: true }).font('Helvetica').fillColor('#1a1a1a').text(nextMeeting ?? w.none);
  for (const goal of view.goals.filter((g) => g.status !== 'dropped')) {
    const i = goal.indicator;
    if (doc.y > 700) doc.addPage();
    doc.moveDown(1).fillColor('#0b4f8a').font('Helvetica-Bold').fontSize(17).text(goal.title);
    doc.fillColor('#1a1a1a').font('Helvetica').fontSize(12).text(`${i.name}: ${w.from} ${i.baseline} ${w.to} ${i.target} ${unitLabel(i.unit, locale)} ${w.by} ${formatDate(i.byDate, locale)} — ${w.now} ${i.current}`);
    for (const a of view.actions.filter((x) => x.goalId === goal.id)) {
      if (doc.y > 760) doc.addPage();
      const y = doc.y + 4;
      doc.rect(doc.page.margins.left, y, 12, 12).lineWidth(1.2).strokeColor('#1a1a1a').stroke();
      if (a.status === 'done') doc.moveTo(doc.page.margins.left + 2, y + 6).lineTo(doc.page.margins.left + 5, y + 10).lineTo(doc.page.margins.left + 11, y + 2).stroke();
      doc.font('Helvetica').fontSize(13).fillColor('#1a1a1a').text(a.title, doc.page.margins.left + 20, y - 1, { width: 420 });
      doc.fontSize(10).fillColor('#5b6470').text(`${w.who}: ${OWNER_LABELS[a.owner][locale]}${a.dueDate ? ` · ${w.when}: ${formatDate(a.dueDate, locale)}` : ''} · ${ACTION_STATUS_LABELS[a.status][locale]}`, doc.page.margins.left + 20);
      const call = a.linkedCallId ? view.calls.find((c) => c.id === a.linkedCallId) : undefined;
      if (call) doc.fontSize(10).fillColor('#5b6470').text(`${w.call}: ${call.title} — ${callDeadline(call, locale)}`, doc.page.margins.left + 20, undefined, { width: 420 });
      doc.x = doc.page.margins.left;
    }
  }
  doc.end();
  return done;
}

import type { TExportColumn } from '../export/table.js';
import type { TLocale } from '../../shared/locale.js';
import type { TTrapView } from './traps.js';

const WORDS = {
  it: { slug: 'Indirizzo', title: 'Titolo', status: 'Stato', proposed: 'Proposto', published: 'Pubblicato', scope: 'Sportello', national: 'Nazionale', areas: 'Aree', cues: 'Parole spia', lessons: 'Lezioni collegate', publishedAt: 'Pubblicato il', updatedAt: 'Modificato il' },
  en: { slug: 'Address', title: 'Title', status: 'Status', proposed: 'Proposed', published: 'Published', scope: 'Sportello', national: 'National', areas: 'Areas', cues: 'Cues', lessons: 'Linked lessons', publishedAt: 'Published on', updatedAt: 'Changed on' },
} as const;

/** The columns of the warnings export (GET /api/traps/manage/export); nothing personal. */
export function trapColumns(locale: TLocale): TExportColumn<TTrapView>[] {
  const w = WORDS[locale];
  return [
    { header: w.slug, value: (t) => t.slug, width: 32 },
    { header: w.title, value: (t) => t.title, width: 48 },
    { header: w.status, value: (t) => w[t.status] },
    { header: w.scope, value: (t) => t.sportello?.name ?? w.national, width: 28 },
    { header: w.areas, value: (t) => t.areas.join(', ') },
    { header: w.cues, value: (t) => t.cues.join('; '), width: 48 },
    { header: w.lessons, value: (t) => t.lessons.map((l) => l.slug).join(', '), width: 32 },
    { header: w.publishedAt, value: (t) => (t.publishedAt ? new Date(t.publishedAt) : null) },
    { header: w.updatedAt, value: (t) => new Date(t.updatedAt) },
  ];
}

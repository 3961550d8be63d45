import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/use-api';
import { lessonTrapsPath, type TTrapView } from '../api';
import { TrapListItem } from './trap-list-item';

/** A short "Attenzione a" box on a lesson's page, when published warnings link the lesson. */
export function LessonTraps({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data } = useApi<{ items: TTrapView[] }>(lessonTrapsPath(slug));
  if (!data || data.items.length === 0) return null;
  return (
    <aside className="notice lesson-traps" aria-labelledby="lesson-traps-h">
      <h2 id="lesson-traps-h">{t('traps.box.title')}</h2>
      <ul>
        {data.items.map((trap) => (
          <TrapListItem key={trap.id} slug={trap.slug} title={trap.title} />
        ))}
      </ul>
    </aside>
  );
}

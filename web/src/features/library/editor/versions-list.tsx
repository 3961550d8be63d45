import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { useApi } from '../../../lib/use-api';
import { versionsPath, type TLessonVersion } from '../api/authoring';

/** Who changed what and when (in Rome's time), newest first; `stamp` reloads it after a change. */
export function VersionsList({ lessonId, stamp }: { lessonId: string; stamp: number }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TLessonVersion[] }>(`${versionsPath(lessonId)}?v=${stamp}`);
  return (
    <section className="card" aria-labelledby="lesson-versions-title">
      <h2 id="lesson-versions-title">{t('libraryEditor.versions.title')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        <ol className="item-list lesson-versions" reversed>
          {data.items.map((v) => (
            <li key={v.version} className="item">
              <div className="item-main">
                <strong>
                  {t('libraryEditor.versions.item', { version: v.version })}: {t(`libraryEditor.versions.actions.${v.action}`)}
                </strong>
                <span className="muted">
                  {t('libraryEditor.versions.by', { name: v.changedByName ?? t('libraryEditor.versions.unknown'), when: formatDateTime(v.createdAt, i18n.language) })}
                </span>
                <span>{v.title}</span>
                {v.note && v.action === 'sent_back' ? <span>{t('libraryEditor.versions.note', { note: v.note })}</span> : null}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

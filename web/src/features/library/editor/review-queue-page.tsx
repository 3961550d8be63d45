import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { reviewQueuePath, type TLessonListItem } from '../api/authoring';
import { LessonList } from './lesson-list';

/** /lezioni/revisione: the lessons waiting for this reviewer (a sportello's coordinator, or the network admin). */
export default function ReviewQueuePage() {
  return <RequireSignIn fallback={<Loading />}>{() => <ReviewQueue />}</RequireSignIn>;
}

function ReviewQueue() {
  const { t } = useTranslation();
  usePageTitle(t('libraryEditor.queue.title'));
  const { data, error, isLoading, reload } = useApi<{ items: TLessonListItem[] }>(reviewQueuePath);
  return (
    <section className="page" aria-labelledby="review-queue-title">
      <h1 id="review-queue-title">{t('libraryEditor.queue.title')}</h1>
      <p className="muted">{t('libraryEditor.queue.intro')}</p>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        <>
          <p className="muted">{t('libraryEditor.queue.count', { count: data.items.length })}</p>
          {data.items.length ? <LessonList items={data.items} showAuthor /> : <p>{t('libraryEditor.queue.empty')}</p>}
        </>
      ) : null}
    </section>
  );
}

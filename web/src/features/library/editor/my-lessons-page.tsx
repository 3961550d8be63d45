import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { myLessonsPath, scopesPath, type TLessonListItem, type TScopes } from '../api/authoring';
import { LessonList } from './lesson-list';

/** /lezioni/mie: "Le mie lezioni", every lesson this person started, in every status. */
export default function MyLessonsPage() {
  return <RequireSignIn fallback={<Loading />}>{() => <MyLessons />}</RequireSignIn>;
}

function MyLessons() {
  const { t } = useTranslation();
  usePageTitle(t('libraryEditor.mine.title'));
  const { data, error, isLoading, reload } = useApi<{ items: TLessonListItem[] }>(myLessonsPath);
  const { data: scopes } = useApi<TScopes>(scopesPath);
  return (
    <section className="page" aria-labelledby="my-lessons-title">
      <h1 id="my-lessons-title">{t('libraryEditor.mine.title')}</h1>
      <p className="actions">
        {scopes?.write.length ? (
          <Link className="btn" to="/lezioni/scrivi">
            {t('libraryEditor.mine.new')}
          </Link>
        ) : null}
        {scopes?.review ? (
          <Link className="btn btn-secondary" to="/lezioni/revisione">
            {t('libraryEditor.queue.title')}
          </Link>
        ) : null}
      </p>
      {scopes && !scopes.write.length ? <p className="notice notice-info">{t('libraryEditor.notAllowed.body')}</p> : null}
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        <>
          <p className="muted">{t('libraryEditor.mine.count', { count: data.items.length })}</p>
          {data.items.length ? <LessonList items={data.items} /> : <p>{t('libraryEditor.mine.empty')}</p>}
        </>
      ) : null}
    </section>
  );
}

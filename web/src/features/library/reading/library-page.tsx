import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { AREAS } from '../../../../../src/shared/areas';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isNetworkError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { useOnline } from '../../../lib/use-online';
import { lessonPagePath, libraryApiPath, LIBRARY_KINDS, LIBRARY_LEVELS, readLibraryQuery, type TLessonHit, type TLessonSearch, type TLibraryQuery } from '../api/reading';
import { savedLessons, type TSavedLesson } from './saved-lessons';

/** The page's own address for a query: what the form sends without JavaScript, too. */
function pageAddress(query: TLibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.area) params.set('area', query.area);
  if (query.level) params.set('livello', query.level);
  if (query.kind) params.set('tipo', query.kind);
  if (query.language === 'en') params.set('lingua', 'en');
  const search = params.toString();
  return search ? `/lezioni?${search}` : '/lezioni';
}

function Hit({ hit, language }: { hit: TLessonHit; language: TLibraryQuery['language'] }) {
  const { t } = useTranslation();
  return (
    <li className="card lesson-hit">
      <h2>
        <Link to={lessonPagePath(hit.slug, language)}>{hit.title}</Link>
      </h2>
      <p>{hit.summary}</p>
      {/* The server escapes the body and adds only <mark> around the words found. */}
      {hit.snippet ? <p className="lesson-snippet muted" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
      <ul className="lesson-facts">
        <li>{t(`library.levels.${hit.level}`)}</li>
        <li>{t('library.minutes', { count: hit.minutes })}</li>
        {hit.hasVideo ? <li className="badge">{t('library.badges.video')}</li> : null}
        {hit.hasTemplates ? <li className="badge">{t('library.badges.templates')}</li> : null}
      </ul>
    </li>
  );
}

/** Lessons this phone keeps, listed when there is no signal (read after the first render: the server cannot know them). */
function SavedLessons() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<TSavedLesson[]>([]);
  useEffect(() => setSaved(savedLessons()), []);
  return (
    <section className="notice lesson-saved" aria-labelledby="saved-h">
      <h2 id="saved-h">{t('library.offline.title')}</h2>
      {saved.length === 0 ? (
        <p>{t('library.offline.none')}</p>
      ) : (
        <>
          <p>{t('library.offline.saved', { count: saved.length })}</p>
          <ul>
            {saved.map((l) => (
              <li key={l.path}>
                <a href={l.path}>{l.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * /lezioni: the method library. The search is a GET form, so it works without JavaScript
 * (`/lezioni?q=…&area=…&livello=…&tipo=…`); the server draws the results for everyone.
 */
export default function LibraryPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const isOnline = useOnline();
  const query = readLibraryQuery(new URLSearchParams(location.search));
  const { data, error, isLoading } = useApi<TLessonSearch>(libraryApiPath(query));
  usePageTitle(t('library.title'));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    const next = readLibraryQuery(new URLSearchParams({ q: field('q'), area: field('area'), livello: field('livello'), tipo: field('tipo'), lingua: query.language }));
    navigate(pageAddress(next));
  };

  return (
    <section className="page library" aria-labelledby="library-h">
      <h1 id="library-h">{t('library.title')}</h1>
      <p className="lead">{t('library.intro')}</p>
      {/* A search that never reached the server is offline too, whatever navigator.onLine says. */}
      {isOnline && !isNetworkError(error) ? null : <SavedLessons />}
      <form className="library-search" method="get" action="/lezioni" role="search" onSubmit={submit} key={location.search}>
        <div className="field">
          <label htmlFor="library-q">{t('library.search.label')}</label>
          <input id="library-q" name="q" type="search" defaultValue={query.q} placeholder={t('library.search.placeholder')} maxLength={200} />
        </div>
        <div className="library-filters">
          <div className="field">
            <label htmlFor="library-area">{t('library.filters.area')}</label>
            <select id="library-area" name="area" defaultValue={query.area ?? ''}>
              <option value="">{t('library.filters.any')}</option>
              {AREAS.map((a) => (
                <option key={a} value={a}>
                  {t(`areas.${a}.label`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="library-level">{t('library.filters.level')}</label>
            <select id="library-level" name="livello" defaultValue={query.level ?? ''}>
              <option value="">{t('library.filters.any')}</option>
              {LIBRARY_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`library.levels.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="library-kind">{t('library.filters.kind')}</label>
            <select id="library-kind" name="tipo" defaultValue={query.kind ?? ''}>
              <option value="">{t('library.filters.any')}</option>
              {LIBRARY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`library.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {query.language === 'en' ? <input type="hidden" name="lingua" value="en" /> : null}
        <button type="submit" className="btn btn-primary">
          {t('library.search.submit')}
        </button>
      </form>
      {data?.correctedQuery ? (
        <p className="library-corrected" role="status">
          {t('library.search.corrected', { query: data.correctedQuery })}
        </p>
      ) : null}
      {data ? (
        data.results.length === 0 ? (
          <p className="library-empty" role="status">
            {query.q ? t('library.search.empty', { query: query.q }) : t('library.search.emptyFilters')}
          </p>
        ) : (
          <>
            <p className="muted" role="status">
              {t('library.search.found', { count: data.results.length })}
            </p>
            <ul className="lesson-hits">
              {data.results.map((hit) => (
                <Hit key={hit.slug} hit={hit} language={query.language} />
              ))}
            </ul>
          </>
        )
      ) : error ? (
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
      ) : isLoading ? (
        <Loading />
      ) : null}
    </section>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { useApi } from '../../../lib/use-api';
import { useKeptCopy } from '../../../lib/use-kept-copy';
import { useOnline } from '../../../lib/use-online';
import { lessonApiPath, lessonAt, lessonPagePath, type TLesson } from '../api/reading';
import { LessonMarks } from './lesson-marks';
import { LessonVideo } from '../media/lesson-video';
import { romeDayOf } from './rome-day';
import { rememberLesson } from './saved-lessons';
import { ShareLesson } from './share-lesson';
import { LessonTraps } from '../../traps/components/lesson-traps';

/** A file's size in words a reader knows (KB up to a megabyte, then MB with one decimal). */
function fileSize(bytes: number, lng: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${lng === 'it' ? mb.replace('.', ',') : mb} MB`;
}

/** The not-found page for a lesson that is not there (the server answers it with 404). */
function MissingLesson() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page narrow" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('notFound.title')}</h1>
      <p>{t('library.lesson.missing')}</p>
      <p>
        <Link to="/lezioni" className="btn btn-primary">
          {t('library.lesson.backToLibrary')}
        </Link>
      </p>
    </section>
  );
}

/** One lesson as a reader reads it: drawn by the server for everyone, readable offline once opened. */
function LessonView({ lesson, path }: { lesson: TLesson; path: string }) {
  const { t, i18n } = useTranslation();
  const isOnline = useOnline();
  const isKeptCopy = useKeptCopy();
  usePageTitle(lesson.title);

  useEffect(() => {
    rememberLesson({ path, title: lesson.title, api: lessonApiPath(lesson.slug, lesson.language), poster: lesson.video?.poster ?? null }, () => import('./library-page'));
  }, [path, lesson.slug, lesson.language, lesson.title, lesson.video?.poster]);

  return (
    <article className="page narrow lesson" lang={lesson.language} aria-labelledby="lesson-title">
      {isOnline && !isKeptCopy ? null : (
        <p className="notice lesson-offline" role="status">
          {t('library.offline.lessonSaved')}
        </p>
      )}
      <p className="lesson-back">
        <Link to="/lezioni">{t('library.lesson.backToLibrary')}</Link>
      </p>
      <h1 id="lesson-title">{lesson.title}</h1>
      <p className="lead">{lesson.summary}</p>
      <ul className="lesson-facts">
        <li>{t(`library.levels.${lesson.level}`)}</li>
        <li>{t('library.minutes', { count: lesson.minutes })}</li>
        {lesson.areas.map((a) => (
          <li key={a}>{t(`areas.${a}.label`)}</li>
        ))}
      </ul>
      {lesson.authorName ? <p className="muted">{t('library.lesson.by', { name: lesson.authorName })}</p> : null}
      {lesson.video ? <LessonVideo video={lesson.video} /> : null}
      {/* Rendered from Markdown with raw HTML off and links checked, once, when the lesson was saved. */}
      <div className="lesson-body" dangerouslySetInnerHTML={{ __html: lesson.html }} />
      {lesson.templates.length > 0 ? (
        <section className="lesson-templates" aria-labelledby="lesson-templates-h">
          <h2 id="lesson-templates-h">{t('library.lesson.templates')}</h2>
          <ul>
            {lesson.templates.map((tpl) => (
              <li key={tpl.url}>
                <a href={tpl.url} download={tpl.fileName}>
                  {tpl.title}
                </a>{' '}
                <span className="muted">
                  ({tpl.fileName.split('.').pop()?.toUpperCase()}, {fileSize(tpl.bytes, i18n.language)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {lesson.discussions?.length ? (
        <section className="lesson-discussions" aria-labelledby="lesson-discussions-h">
          <h2 id="lesson-discussions-h">{t('community.lessonThreads.title')}</h2>
          <ul>
            {lesson.discussions.map((d) => (
              <li key={d.slug}>
                <Link to={`/comunita/${d.slug}`}>{d.title}</Link> <span className="muted">{d.isSolved ? `${t('community.solved')} · ` : ''}{t('community.replies', { count: d.replyCount })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LessonTraps slug={lesson.slug} />
      <LessonMarks lesson={lesson} />
      <ShareLesson title={lesson.title} url={lesson.url} />
      {lesson.translations.length > 0 ? (
        <ul className="lesson-translations">
          {lesson.translations.map((tr) => (
            <li key={tr.language}>
              <Link to={lessonPagePath(tr.slug, tr.language)} hrefLang={tr.language} lang={tr.language}>
                {t(`library.lesson.readIn.${tr.language}`)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('library.lesson.updated', { date: romeDayOf(lesson.updatedAt, i18n.language) })}</p>
    </article>
  );
}

/** /lezioni/{slug} (Italian) and /lezioni/en/{slug} (English): one lesson, or the not-found page. */
export default function LessonPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const target = lessonAt(pathname);
  const { data, error } = useApi<TLesson | null>(target ? lessonApiPath(target.slug, target.language) : null);
  if (!target || data === null || error?.status === 404) return <MissingLesson />;
  // useApi keeps the previous answer while the next loads: never show one lesson under another's address.
  if (data && data.slug === target.slug && data.language === target.language) return <LessonView lesson={data} path={pathname} />;
  if (error) {
    return (
      <section className="page narrow">
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
        <p>
          <Link to="/lezioni">{t('library.lesson.backToLibrary')}</Link>
        </p>
      </section>
    );
  }
  return <Loading />;
}

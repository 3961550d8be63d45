import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { AREAS } from '../../../../../src/shared/areas';
import { SECTOR_CHOICES } from '../../../../../src/shared/plain-sectors';
import { REGIONS } from '../../../../../src/shared/regions';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { COMMUNITY_TABS, communityApiPath, communityPagePath, readCommunityQuery, threadPagePath, type TThreadPage, type TThreadSummary } from '../api/threads';

function ThreadLine({ thread }: { thread: TThreadSummary }) {
  const { t } = useTranslation();
  return (
    <li className="card community-line">
      <h2>
        <Link to={threadPagePath(thread.slug)}>{thread.title}</Link>
      </h2>
      {thread.excerpt ? <p>{thread.excerpt}</p> : null}
      <ul className="lesson-facts">
        {thread.isSolved ? <li className="badge badge-solved">{t('community.solved')}</li> : null}
        <li>{t(`community.kinds.${thread.kind}`)}</li>
        <li>{t(`areas.${thread.area}.label`)}</li>
        <li>{t('community.replies', { count: thread.replyCount })}</li>
        {thread.meTooCount > 0 ? <li>{t('community.meTooCount', { count: thread.meTooCount })}</li> : null}
        {thread.authorName ? <li>{t('community.by', { name: thread.authorName })}</li> : null}
      </ul>
    </li>
  );
}

/**
 * /comunita: the discussions. Tabs are links and the search a GET form, so the list works
 * without JavaScript (`/comunita?vista=…&area=…&settore=…&regione=…&q=…`); the server draws it
 * for everyone.
 */
export default function CommunityPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'it';
  const location = useLocation();
  const navigate = useNavigate();
  const { me } = useSession();
  const query = readCommunityQuery(new URLSearchParams(location.search));
  const { data, error, isLoading } = useApi<TThreadPage>(communityApiPath(query));
  usePageTitle(t('community.title'));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    navigate(communityPagePath(readCommunityQuery(new URLSearchParams({ vista: query.tab, q: field('q'), area: field('area'), settore: field('settore'), regione: field('regione') }))));
  };
  const tabs = COMMUNITY_TABS.filter((tab) => tab !== 'mine' || me);

  return (
    <section className="page community" aria-labelledby="community-h">
      <h1 id="community-h">{t('community.title')}</h1>
      <p className="lead">{t('community.intro')}</p>
      <p>
        <Link className="btn btn-primary" to="/comunita/nuova">
          {t('community.ask')}
        </Link>
      </p>
      <nav aria-label={t('community.tabsLabel')}>
        <ul className="community-tabs">
          {tabs.map((tab) => (
            <li key={tab}>
              <Link to={communityPagePath({ ...query, tab, page: 1 })} aria-current={tab === query.tab ? 'page' : undefined}>
                {t(`community.tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form className="library-search" method="get" action="/comunita" role="search" onSubmit={submit} key={location.search}>
        {query.tab !== 'latest' ? <input type="hidden" name="vista" value={query.tab} /> : null}
        <div className="field">
          <label htmlFor="community-q">{t('community.search.label')}</label>
          <input id="community-q" name="q" type="search" defaultValue={query.q} placeholder={t('community.search.placeholder')} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="community-area">{t('community.filters.area')}</label>
          <select id="community-area" name="area" defaultValue={query.area ?? ''}>
            <option value="">{t('community.filters.any')}</option>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`areas.${a}.label`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="community-sector">{t('community.filters.sector')}</label>
          <select id="community-sector" name="settore" defaultValue={query.sector ?? ''}>
            <option value="">{t('community.filters.anySector')}</option>
            {SECTOR_CHOICES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label[lng]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="community-region">{t('community.filters.region')}</label>
          <select id="community-region" name="regione" defaultValue={query.region ?? ''}>
            <option value="">{t('community.filters.anyRegion')}</option>
            {REGIONS.map((r) => (
              <option key={r.code} value={r.code}>
                {t(`regions.${r.code}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">
          {t('community.search.submit')}
        </button>
      </form>
      {data ? (
        data.items.length === 0 ? (
          <p role="status">{query.q ? t('community.search.empty', { query: query.q }) : t('community.empty')}</p>
        ) : (
          <>
            <p className="muted" role="status">
              {t('community.found', { count: data.total })}
            </p>
            <ul className="community-lines">
              {data.items.map((thread) => (
                <ThreadLine key={thread.slug} thread={thread} />
              ))}
            </ul>
            {data.pageCount > 1 ? (
              <nav aria-label={t('community.pagesLabel')} className="community-pages">
                {query.page > 1 ? <Link to={communityPagePath({ ...query, page: query.page - 1 })}>{t('community.previous')}</Link> : null}{' '}
                <span>{t('community.pageOf', { page: data.page, pages: data.pageCount })}</span>{' '}
                {query.page < data.pageCount ? <Link to={communityPagePath({ ...query, page: query.page + 1 })}>{t('community.next')}</Link> : null}
              </nav>
            ) : null}
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

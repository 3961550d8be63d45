import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { applyAsAngel, myAngelPath, type TAngelProfile } from '../api/angels';
import { ProfileForm } from './profile-form';

const POINTS = ['listen', 'together', 'noSelling', 'time'] as const;

/** /diventa-angel: what an angel does, then the application (signed-in people only). */
export default function BecomeAngelPage() {
  const { t } = useTranslation();
  usePageTitle(t('angels.become.title'));
  const { me } = useSession();

  return (
    <article className="page narrow become-angel" aria-labelledby="become-title">
      <h1 id="become-title">{t('angels.become.title')}</h1>
      <p className="lead">{t('angels.become.lead')}</p>
      <section className="card" aria-labelledby="become-what">
        <h2 id="become-what">{t('angels.become.whatTitle')}</h2>
        <ul className="check-list">
          {POINTS.map((p) => (
            <li key={p}>{t(`angels.become.points.${p}`)}</li>
          ))}
        </ul>
      </section>
      <section className="promise" aria-labelledby="become-promise">
        <h2 id="become-promise">{t('angels.become.promiseTitle')}</h2>
        <p>{t('angels.become.promiseBody')}</p>
      </section>
      <section className="section" aria-labelledby="become-form">
        <h2 id="become-form">{t('angels.become.formTitle')}</h2>
        {me === undefined ? <Loading /> : null}
        {me === null ? (
          <>
            <p>{t('angels.become.signInFirst')}</p>
            <div className="actions">
              <Link to="/registrati?next=%2Fdiventa-angel" className="btn btn-primary btn-big">
                {t('angels.become.signUp')}
              </Link>
              <Link to="/accedi?next=%2Fdiventa-angel" className="btn btn-secondary btn-big">
                {t('angels.become.signIn')}
              </Link>
            </div>
          </>
        ) : null}
        {me ? <Application /> : null}
      </section>
    </article>
  );
}

function Application() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const mine = useApi<TAngelProfile>(myAngelPath);
  const [sent, setSent] = useState<TAngelProfile | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) doneRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="notice notice-success" ref={doneRef} tabIndex={-1}>
        <p>{t('angels.become.sent')}</p>
        <p>
          <Link to="/angel">{t('angels.become.goHome')}</Link>
        </p>
      </div>
    );
  }
  if (mine.isLoading && !mine.data) return <Loading />;
  if (mine.error && mine.error.status !== 404) return <ErrorNotice message={mine.error.detail} onRetry={mine.reload} />;
  if (mine.data && mine.data.status !== 'rejected') {
    return (
      <div className="notice notice-info">
        <p>{t(mine.data.status === 'qualified' ? 'angels.become.alreadyAngel' : 'angels.become.alreadyApplied')}</p>
        <p>
          <Link to="/angel">{t('angels.become.goHome')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      {mine.data?.status === 'rejected' ? <p className="notice notice-info">{t('angels.become.applyAgain')}</p> : null}
      <p>{t('angels.become.formIntro')}</p>
      <ProfileForm
        initial={mine.data}
        withCv
        submitLabel={t('angels.become.submit')}
        onSubmit={async (input, cv) => {
          const profile = await applyAsAngel(input, cv);
          await refresh();
          setSent(profile);
        }}
      />
    </>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { RequireSignIn, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { assignmentPath, matchesPath, type TAssignment, type TBooked, type TMatch, type TMatches, type TSlot } from '../api/matching';
import { BookingStep } from './booking-step';
import { AngelExtra, MatchCard } from './match-card';

/**
 * /incontra: the best angels for my business, and the free first meeting. `angelExtra`: what the
 * app adds to each angel's card (app/routes/meet.tsx: their declared ties to providers).
 */
export default function MeetPage({ angelExtra }: { angelExtra?: (userId: string) => ReactNode } = {}) {
  return (
    <AngelExtra.Provider value={angelExtra ?? null}>
      <RequireSignIn fallback={<Loading />}>{(me) => <Meet me={me} />}</RequireSignIn>
    </AngelExtra.Provider>
  );
}

function Meet({ me }: { me: TMe }) {
  const { t } = useTranslation();
  usePageTitle(t('matching.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('impresa');
  const business = me.businesses.find((b) => b.id === asked) ?? me.businesses[0];

  if (!business) {
    return (
      <section className="page narrow" aria-labelledby="meet-title">
        <h1 id="meet-title">{t('matching.title')}</h1>
        <p>{t('matching.noBusiness')}</p>
        <p>
          <Link to="/ascolto" className="btn btn-primary btn-big">
            {t('matching.goAscolto')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page meet" aria-labelledby="meet-title">
      <h1 id="meet-title">{t('matching.title')}</h1>
      <p className="lead">{t('matching.lead')}</p>
      {me.businesses.length > 1 ? (
        <div className="field business-choice">
          <label htmlFor="meet-business">{t('matching.whichBusiness')}</label>
          <select id="meet-business" value={business.id} onChange={(e) => setParams({ impresa: e.target.value }, { replace: true })}>
            {me.businesses.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Matches key={business.id} businessId={business.id} businessName={business.name} />
    </section>
  );
}

type TChoice = { match: TMatch; slot: TSlot };

function Matches({ businessId, businessName }: { businessId: string; businessName: string }) {
  const { t } = useTranslation();
  const matches = useApi<TMatches>(matchesPath(businessId));
  const assignment = useApi<TAssignment>(assignmentPath(businessId));
  const [choice, setChoice] = useState<TChoice | null>(null);
  const [booked, setBooked] = useState<TBooked | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (booked) doneRef.current?.focus();
  }, [booked]);

  if (booked) {
    return (
      <section className="card booked" aria-labelledby="meet-done">
        <h2 id="meet-done" ref={doneRef} tabIndex={-1}>
          {t('matching.done.title')}
        </h2>
        <p className="notice notice-success">{t('matching.done.body')}</p>
        <div className="actions">
          <Link to={`/incontri/${booked.id}`} className="btn btn-primary btn-big">
            {t('matching.done.see')}
          </Link>
          <Link to="/incontri" className="btn btn-secondary btn-big">
            {t('matching.done.all')}
          </Link>
        </div>
      </section>
    );
  }

  if (choice) {
    return (
      <BookingStep
        businessId={businessId}
        businessName={businessName}
        match={choice.match}
        slot={choice.slot}
        onBack={() => setChoice(null)}
        onBooked={setBooked}
        onTaken={(message) => {
          // Someone was quicker: back to the list, with fresh slots and the reason.
          setNotice(message);
          setChoice(null);
          matches.reload();
        }}
      />
    );
  }

  if (matches.isLoading && !matches.data) return <Loading label={t('matching.searching')} />;
  if (matches.error || !matches.data) return <ErrorNotice message={matches.error?.detail ?? t('errors.generic')} onRetry={matches.reload} />;
  const { scope, items } = matches.data;
  const current = assignment.data ?? null;

  return (
    <>
      {notice ? (
        <p className="notice notice-error" role="alert">
          {notice}
        </p>
      ) : null}
      {current ? <p className="notice notice-info">{t('matching.current', { name: current.angelName })}</p> : null}
      {scope === 'network' && items.length > 0 ? <p className="notice notice-info">{t('matching.network')}</p> : null}
      {items.length === 0 ? (
        <div className="notice notice-info">
          <p>{t('matching.none')}</p>
          <p>
            <Link to="/ascolto">{t('matching.noneAscolto')}</Link>
          </p>
        </div>
      ) : (
        <>
          <h2 className="sr-only">{t('matching.listTitle')}</h2>
          <ol className="match-list">
            {items.map((m) => (
              <MatchCard key={m.angel.userId} match={m} onChoose={(slot) => setChoice({ match: m, slot })} />
            ))}
          </ol>
        </>
      )}
      <p className="muted small">{t('matching.free')}</p>
    </>
  );
}


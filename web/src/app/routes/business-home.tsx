import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/ui/loading';
import { usePageTitle } from '../../components/ui/use-page-title';
import { BusinessCheckup } from '../../features/account/components/business-checkup';
import { SuggestedLessons } from '../../features/library/components/suggested-lessons';
import { planPath } from '../../features/plans/api/plan-path';
import { isApiError } from '../../lib/api-client';
import { RequireSignIn, type TMe } from '../../lib/session';
import { useApi } from '../../lib/use-api';

/**
 * /impresa: the entrepreneur's home, made of parts that exist elsewhere: for each business the
 * next step, its check-up, its meetings and its plan.
 */
export default function BusinessHomePage() {
  return <RequireSignIn fallback={<Loading />}>{(me) => <BusinessHome me={me} />}</RequireSignIn>;
}

function BusinessHome({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const only = me.businesses.length === 1 ? me.businesses[0] : undefined;
  const title = only ? only.name : t('businessHome.title');
  usePageTitle(title);
  return (
    <section className="page narrow" aria-labelledby="bh-title">
      {only ? <p className="eyebrow">{t('businessHome.title')}</p> : null}
      <h1 id="bh-title">{title}</h1>
      {me.businesses.length === 0 ? (
        <>
          <p>{t('businessHome.none')}</p>
          <Link to="/ascolto" className="btn btn-primary">
            {t('businessHome.goAscolto')}
          </Link>
        </>
      ) : (
        me.businesses.map((b) => <BusinessCard key={b.id} business={b} isOnly={Boolean(only)} />)
      )}
    </section>
  );
}

function BusinessCard({ business, isOnly }: { business: TMe['businesses'][number]; isOnly: boolean }) {
  const { t } = useTranslation();
  // The plan's answer says whether it has started (404 plan.not_started until the angel starts it).
  const plan = useApi<unknown>(planPath(business.id));
  const hasPlan = Boolean(plan.data);
  const isPlanKnown = hasPlan || isApiError(plan.error, 404);
  const head = `bh-${business.id}`;
  return (
    <article className="card" aria-labelledby={head}>
      {isOnly ? (
        <h2 id={head}>{t('businessHome.nextStep')}</h2>
      ) : (
        <h2 id={head}>{business.name}</h2>
      )}
      {isPlanKnown ? (
        <p className="next-step">
          {hasPlan ? (
            <Link to={`/piano/${encodeURIComponent(business.id)}`} className="btn btn-primary btn-big">
              {t('businessHome.openPlan')}
            </Link>
          ) : (
            <Link to="/incontra" className="btn btn-primary btn-big">
              {t('businessHome.meet')}
            </Link>
          )}
        </p>
      ) : null}
      <SuggestedLessons businessId={business.id} />
      <h3>{t('fundingFinder.homeLink')}</h3>
      <p>
        {t('fundingFinder.homeIntro')} <Link to="/bandi">{t('fundingFinder.homeLink')}</Link>
      </p>
      <h3>{t('businessHome.checkup')}</h3>
      <BusinessCheckup businessId={business.id} />
      <h3>{t('businessHome.meetings')}</h3>
      <p>
        <Link to="/incontri">{t('businessHome.seeMeetings')}</Link>
      </p>
      <h3>{t('businessHome.plan')}</h3>
      <p>{hasPlan ? <Link to={`/piano/${encodeURIComponent(business.id)}`}>{t('businessHome.openPlan')}</Link> : t('businessHome.noPlan')}</p>
    </article>
  );
}

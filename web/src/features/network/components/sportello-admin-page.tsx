import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { sportelloAngelsPath, type TAngelListItem } from '../api/angels';
import { sportelloPath, type TAbilities, type TSportello } from '../api/network';
import { AngelsSection } from './angels-section';
import { BusinessesSection } from './businesses-section';
import { IntakeRequestsSection } from './intake-requests-section';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { ProvincesSection } from './provinces-section';

type TSportelloResponse = { sportello: TSportello; abilities: TAbilities };

/** /sportelli/:id: a sportello's details, people, invitations and territory. */
export default function SportelloAdminPage({ community }: { community?: (sportelloId: string) => ReactNode } = {}) {
  const { id = '' } = useParams();
  return <RequireSignIn fallback={<Loading />}>{() => <SportelloAdmin id={id} community={community} />}</RequireSignIn>;
}

/** `community`: the community's queues for the sportello, given by the app (features do not import each other). */
function SportelloAdmin({ id, community }: { id: string; community?: (sportelloId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<TSportelloResponse>(sportelloPath(id));
  usePageTitle(data?.sportello.name ?? t('network.sportello'));

  if (isLoading && !data) return <Loading />;
  if (error?.status === 404 || error?.status === 403) {
    return (
      <section className="page narrow" aria-labelledby="sp-missing">
        <h1 id="sp-missing">{t('network.notFoundTitle')}</h1>
        <p>{t('network.notFoundBody')}</p>
        <p>
          <Link to="/account">{t('network.backToAccount')}</Link>
        </p>
      </section>
    );
  }
  if (error || !data) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;

  const { sportello, abilities } = data;
  return (
    <section className="page" aria-labelledby="sp-title">
      <h1 id="sp-title">{sportello.name}</h1>
      <section className="card" aria-labelledby="sp-details">
        <h2 id="sp-details">{t('network.details')}</h2>
        <dl className="details">
          <dt>{t('network.slug')}</dt>
          <dd>{sportello.slug}</dd>
          <dt>{t('geo.email')}</dt>
          <dd>{sportello.email ?? t('common.none')}</dd>
          <dt>{t('geo.phone')}</dt>
          <dd>{sportello.phone ?? t('common.none')}</dd>
          <dt>{t('geo.address')}</dt>
          <dd>{sportello.address ?? t('common.none')}</dd>
        </dl>
      </section>
      {abilities.update ? (
        <p className="notice notice-info">
          <Link to={`/sportelli/${sportello.id}/bandi`}>{t('fundingCoord.link')}</Link> {t('fundingCoord.linkHint')}
        </p>
      ) : null}
      {abilities.update ? (
        <p className="notice notice-info">
          <Link to="/territorio">{t('territory.link')}</Link> {t('territory.linkHint')}
        </p>
      ) : null}
      {abilities.update ? (
        <p className="notice notice-info">
          <Link to={`/sportelli/${sportello.id}/andamento`}>{t('insights.link')}</Link> {t('insights.linkHint')}
        </p>
      ) : null}
      <IntakeRequestsSection sportelloId={sportello.id} />
      <CoordinatorSections sportelloId={sportello.id} />
      {community?.(sportello.id)}
      <MembersSection sportelloId={sportello.id} canManage={abilities.manageMembers} />
      {abilities.invite ? <InvitationsSection sportelloId={sportello.id} /> : null}
      <ProvincesSection sportello={sportello} canUpdate={abilities.update} onSaved={reload} />
    </section>
  );
}

/** Angels and businesses: loaded once, shown only to those the API lets read them. */
function CoordinatorSections({ sportelloId }: { sportelloId: string }) {
  const angels = useApi<{ items: TAngelListItem[] }>(sportelloAngelsPath(sportelloId));
  if (angels.error && (angels.error.status === 401 || angels.error.status === 403 || angels.error.status === 404)) return null;
  return (
    <>
      <AngelsSection sportelloId={sportelloId} angels={angels} />
      <BusinessesSection sportelloId={sportelloId} angels={angels.data?.items ?? []} />
    </>
  );
}

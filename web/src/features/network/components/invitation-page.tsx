import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { acceptInvitation, invitationPath, type TInvitationPreview } from '../api/network';

/** /invito/:token: see an invitation, sign in or up if needed, accept it. */
export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('network.invite.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { me, refresh } = useSession();
  const { data, error, isLoading, reload } = useApi<TInvitationPreview>(invitationPath(token));
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const here = `/invito/${encodeURIComponent(token)}`;

  const accept = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const r = await acceptInvitation(token);
      await refresh();
      navigate(`/sportelli/${encodeURIComponent(r.sportelloId)}`);
    } catch (e) {
      setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
      setBusy(false);
    }
  };

  let body;
  if (isLoading && !data) body = <Loading />;
  else if (error?.status === 404) body = <p className="notice notice-info">{t('network.invite.gone')}</p>;
  else if (error || !data) body = <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;
  else
    body = (
      <div className="card">
        <p className="lead">
          {t('network.invite.body', { sportello: data.sportelloName, role: t(`roles.${data.role}`) })}
        </p>
        <dl className="details">
          <dt>{t('network.invite.for')}</dt>
          <dd>{data.email}</dd>
          <dt>{t('network.invite.until')}</dt>
          <dd>{formatDate(data.expiresAt, i18n.language)}</dd>
        </dl>
        {me === undefined ? <Loading /> : null}
        {me === null ? (
          <>
            <p>{t('network.invite.needAccount')}</p>
            <div className="actions">
              <Link className="btn btn-primary" to={`/registrati?next=${encodeURIComponent(here)}`}>
                {t('nav.signUp')}
              </Link>
              <Link className="btn btn-secondary" to={`/accedi?next=${encodeURIComponent(here)}`}>
                {t('nav.signIn')}
              </Link>
            </div>
          </>
        ) : null}
        {me ? (
          <>
            {me.user.email.toLowerCase() !== data.email.toLowerCase() ? (
              <p className="notice notice-info">{t('network.invite.otherEmail', { email: me.user.email })}</p>
            ) : null}
            <FormStatus kind={status?.kind} message={status?.message} />
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void accept()}>
              {t('network.invite.accept')}
            </button>
          </>
        ) : null}
      </div>
    );

  return (
    <section className="page narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t('network.invite.title')}</h1>
      {body}
    </section>
  );
}

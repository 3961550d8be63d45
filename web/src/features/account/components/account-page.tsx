import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isLanguage } from '../../../i18n';
import { isApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { updateName } from '../api/account';
import { BusinessCheckup } from './business-checkup';

/**
 * /account: who you are, your language, your roles, sign out. `community`: the community's
 * mail choice, given by the app (features do not import each other).
 */
export default function AccountPage({ community }: { community?: ReactNode } = {}) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('account.title'));
  const navigate = useNavigate();
  const { me, refresh, setLanguage, signOut } = useSession();
  const [name, setName] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string>();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/accedi?next=%2Faccount" replace />;

  const currentName = name ?? me.user.name;

  const saveName = async (e: FormEvent) => {
    e.preventDefault();
    if (!currentName.trim()) {
      setNameError(t('auth.errors.nameRequired'));
      return;
    }
    setNameError(undefined);
    setIsBusy(true);
    try {
      await updateName(currentName.trim());
      await refresh();
      setName(null);
      setStatus({ kind: 'success', message: t('account.saved') });
    } catch (err) {
      const message = isApiError(err) ? err.detail : t('errors.generic');
      if (isApiError(err) && err.fieldErrors.name) setNameError(err.fieldErrors.name);
      setStatus({ kind: 'error', message });
    } finally {
      setIsBusy(false);
    }
  };

  const doSignOut = async () => {
    setIsBusy(true);
    try {
      await signOut();
      navigate('/');
    } catch {
      setStatus({ kind: 'error', message: t('errors.generic') });
      setIsBusy(false);
    }
  };

  return (
    <section className="page" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="lead">{t('account.hello', { name: me.user.name })}</p>

      <section className="card" aria-labelledby="account-data">
        <h2 id="account-data">{t('account.yourData')}</h2>
        <dl className="details">
          <dt>{t('auth.email')}</dt>
          <dd>{me.user.email}</dd>
        </dl>
        <form className="form" noValidate onSubmit={(e) => void saveName(e)}>
          <TextField
            id="account-name"
            label={t('auth.name')}
            autoComplete="name"
            value={currentName}
            onChange={setName}
            error={nameError}
          />
          <button type="submit" className="btn btn-secondary" disabled={isBusy || name === null}>
            {t('account.saveName')}
          </button>
        </form>
        <div className="field">
          <label htmlFor="account-language">{t('account.language')}</label>
          <select
            id="account-language"
            value={i18n.language}
            onChange={(e) => {
              const v = e.target.value;
              if (isLanguage(v)) {
                setLanguage(v).then(
                  () => setStatus({ kind: 'success', message: t('account.languageSaved') }),
                  () => setStatus({ kind: 'error', message: t('errors.generic') }),
                );
              }
            }}
          >
            <option value="it" lang="it">
              Italiano
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        <FormStatus kind={status?.kind} message={status?.message} />
      </section>

      <section className="card" aria-labelledby="account-roles">
        <h2 id="account-roles">{t('account.roles')}</h2>
        {me.user.isAdmin ? (
          <div className="role-block">
            <p>{t('account.isAdmin')}</p>
            <ul className="link-list">
              <li>
                <Link to="/admin/sportelli">{t('nav.adminSportelli')}</Link>
              </li>
              <li>
                <Link to="/admin/posta">{t('nav.adminMail')}</Link>
              </li>
            </ul>
          </div>
        ) : null}
        {me.memberships.length > 0 ? (
          <ul className="link-list">
            {me.memberships.map((m) => (
              <li key={m.id}>
                <Link to={`/sportelli/${m.sportelloId}`}>{m.sportelloName}</Link>{' '}
                <span className="badge">{t(`roles.${m.role}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('account.noMemberships')}</p>
        )}
      </section>

      {community}

      <section className="card" aria-labelledby="account-businesses">
        <h2 id="account-businesses">{t('account.businesses')}</h2>
        {me.businesses.length > 0 ? (
          <ul className="plain-list">
            {me.businesses.map((b) => (
              <li key={b.id}>
                <strong>{b.name}</strong>
                <span className="muted">
                  {' '}
                  {t('account.businessWhere', { comune: b.comuneName, sportello: b.sportelloName })}
                </span>
                <BusinessCheckup businessId={b.id} />
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>{t('account.noBusinesses')}</p>
            <p>
              <Link to="/ascolto" className="btn btn-primary">
                {t('account.goAscolto')}
              </Link>
            </p>
          </>
        )}
      </section>

      <p>
        <button type="button" className="btn btn-secondary" onClick={() => void doSignOut()} disabled={isBusy}>
          {t('account.signOut')}
        </button>
      </p>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import type { TRole } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { createInvitation, invitationsPath, revokeInvitation, type TInvitation } from '../api/network';
import { RoleRadios } from './role-radios';

/** Invite people by e-mail; see and withdraw pending invitations. */
export function InvitationsSection({ sportelloId }: { sportelloId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TInvitation[] }>(invitationsPath(sportelloId));
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TRole>('angel');
  const [emailError, setEmailError] = useState<string>();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setEmailError(t('auth.errors.invalidEmail'));
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    setStatus(null);
    try {
      await createInvitation(sportelloId, { email: email.trim(), role });
      setStatus({ kind: 'success', message: t('network.invitations.sent', { email: email.trim() }) });
      setEmail('');
      reload();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.email) setEmailError(err.fieldErrors.email);
      setStatus({ kind: 'error', message: isApiError(err) ? err.detail : t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (inv: TInvitation) => {
    setBusy(true);
    try {
      await revokeInvitation(sportelloId, inv.id);
      setStatus({ kind: 'success', message: t('network.invitations.revoked', { email: inv.email }) });
      reload();
    } catch (err) {
      setStatus({ kind: 'error', message: isApiError(err) ? err.detail : t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="inv-title">
      <h2 id="inv-title">{t('network.invitations.title')}</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="invite-email"
          label={t('auth.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={emailError}
        />
        <RoleRadios name="invite-role" value={role} onChange={setRole} />
        <FormStatus kind={status?.kind} message={status?.message} />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('network.invitations.send')}
        </button>
      </form>
      <h3>{t('network.invitations.pending')}</h3>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? <p>{t('network.invitations.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="item-list">
          {data.items.map((inv) => (
            <li key={inv.id} className="item">
              <div className="item-main">
                <strong>{inv.email}</strong>
                <span className="badge">{t(`roles.${inv.role}`)}</span>
                <span className="muted">{t('network.invitations.expires', { date: formatDate(inv.expiresAt, i18n.language) })}</span>
              </div>
              <div className="item-actions">
                <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void revoke(inv)}>
                  {t('network.invitations.revoke')}
                  <span className="sr-only"> {inv.email}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

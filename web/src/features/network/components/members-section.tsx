import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { authorsPath, type TAuthorPermission } from '../api/authors';
import { membersPath, removeMember, type TMember } from '../api/network';
import { AuthorToggle } from './author-toggle';

/** The people of a sportello; "remove" only when the API says you may. */
export function MembersSection({ sportelloId, canManage }: { sportelloId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TMember[] }>(membersPath(sportelloId));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Who may write lessons: asked only by those who may change it (coordinators, the admin).
  const authors = useApi<{ items: TAuthorPermission[] }>(canManage ? authorsPath(sportelloId) : null);
  const authorOf = (m: TMember) => authors.data?.items.find((a) => a.membershipId === m.id);

  const remove = async (m: TMember) => {
    setBusy(true);
    try {
      await removeMember(sportelloId, m.id);
      setStatus({ kind: 'success', message: t('network.members.removed', { name: m.name }) });
      setConfirming(null);
      reload();
    } catch (e) {
      setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">{t('network.members.title')}</h2>
      <FormStatus kind={status?.kind} message={status?.message} />
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? <p>{t('network.members.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="item-list">
          {data.items.map((m) => (
            <li key={m.id} className="item">
              <div className="item-main">
                <strong>{m.name}</strong>
                <span className="muted">{m.email}</span>
                <span className="badge">{t(`roles.${m.role}`)}</span>
                {canManage && m.role === 'angel' && authorOf(m) ? (
                  <AuthorToggle
                    sportelloId={sportelloId}
                    membershipId={m.id}
                    name={m.name}
                    canAuthor={authorOf(m)!.canAuthor}
                    onChanged={(_next, message, isError) => {
                      setStatus({ kind: isError ? 'error' : 'success', message });
                      authors.reload();
                    }}
                  />
                ) : null}
              </div>
              {canManage ? (
                confirming === m.id ? (
                  <div className="item-actions">
                    <span>{t('network.members.confirm', { name: m.name })}</span>
                    <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void remove(m)}>
                      {t('network.members.confirmYes')}
                    </button>
                    <button type="button" className="btn btn-secondary" onClick={() => setConfirming(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                ) : (
                  <div className="item-actions">
                    <button type="button" className="btn btn-secondary" onClick={() => setConfirming(m.id)}>
                      {t('network.members.remove')}
                      <span className="sr-only"> {m.name}</span>
                    </button>
                  </div>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { api, ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';

export type TTie = { id: string; providerName: string; what: string; kind: 'owns' | 'works_for' | 'earns_from'; declaredAt: string };
const KINDS = ['works_for', 'earns_from', 'owns'] as const;
export const tiesPath = (userId: string) => `/api/users/${encodeURIComponent(userId)}/provider-ties`;

function TieList({ items }: { items: TTie[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list">
      {items.map((tie) => (
        <li key={tie.id}>
          <strong>{tie.providerName}</strong>: {t(`solutionForms.tieKind.${tie.kind}`)} — {tie.what} <span className="muted small">{t('solutionForms.ties.declaredOn', { day: formatDate(tie.declaredAt, i18n.language) })}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A person's declared ties to providers, as others read them (beside their reviews, on their
 * profile). Shows nothing while loading or when there are none, unless `showNone`.
 */
export function DeclaredTies({ userId, showNone = false }: { userId: string; showNone?: boolean }) {
  const { t } = useTranslation();
  const { data } = useApi<{ items: TTie[] }>(tiesPath(userId));
  if (!data || (!data.items.length && !showNone)) return null;
  return (
    <section className="card" aria-labelledby={`ties-${userId}-h`}>
      <h2 id={`ties-${userId}-h`}>{t('solutionForms.ties.publicTitle')}</h2>
      {data.items.length ? <TieList items={data.items} /> : <p className="muted">{t('solutionForms.ties.none')}</p>}
    </section>
  );
}

/** One line under a person's card (an angel proposed to a business): the providers they declared a tie to; nothing when none. */
export function InlineTies({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { data } = useApi<{ items: TTie[] }>(tiesPath(userId));
  if (!data?.items.length) return null;
  return <p className="small">{t('solutionForms.ties.inline', { ties: data.items.map((tie) => `${tie.providerName} (${t(`solutionForms.tieKind.${tie.kind}`)})`).join(', ') })}</p>;
}

/** /account: "I tuoi legami con i fornitori": the list and the form to declare one (POST /api/me/provider-ties). */
export function ProviderTiesSection() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, reload } = useApi<{ items: TTie[] }>(me ? tiesPath(me.user.id) : null);
  const [providerName, setProviderName] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('works_for');
  const [what, setWhat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  if (!me) return null;
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (!providerName.trim()) local.providerName = t('solutionForms.ties.needProvider');
    if (!what.trim()) local.what = t('solutionForms.ties.needWhat');
    setErrors(local);
    setMessage(null);
    if (Object.keys(local).length) return;
    setIsSaving(true);
    try {
      await api.post('/api/me/provider-ties', { providerName: providerName.trim(), kind, what: what.trim() });
      setMessage(t('solutionForms.ties.saved', { provider: providerName.trim() }));
      setProviderName('');
      setWhat('');
      reload();
    } catch (err) {
      setErrors(err instanceof ApiError ? { ...err.fieldErrors, ...(Object.keys(err.fieldErrors).length ? {} : { what: err.detail }) } : { what: String(err) });
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <section className="card" aria-labelledby="account-ties">
      <h2 id="account-ties">{t('solutionForms.ties.title')}</h2>
      <p className="muted">{t('solutionForms.ties.intro')}</p>
      {data?.items.length ? <TieList items={data.items} /> : <p>{t('solutionForms.ties.none')}</p>}
      <div role="status" aria-live="polite">
        {message ? <p className="notice notice-success">{message}</p> : null}
      </div>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <TextField id="tie-provider" label={t('solutionForms.ties.provider')} hint={t('solutionForms.ties.providerHint')} value={providerName} onChange={setProviderName} error={errors.providerName} required />
        <div className="field">
          <label htmlFor="tie-kind">{t('solutionForms.ties.kind')}</label>
          <select id="tie-kind" value={kind} onChange={(ev) => setKind(ev.target.value as (typeof KINDS)[number])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`solutionForms.tieKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextArea id="tie-what" label={t('solutionForms.ties.what')} hint={t('solutionForms.ties.whatHint')} value={what} onChange={setWhat} error={errors.what} rows={2} required />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={isSaving}>
            {t('solutionForms.ties.declare')}
          </button>
        </div>
      </form>
    </section>
  );
}

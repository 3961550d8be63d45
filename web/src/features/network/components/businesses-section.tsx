import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { assignAngel, assignmentPath, sportelloBusinessesPath, type TAngelListItem, type TAssignment, type TSportelloBusiness } from '../api/angels';
import { FieldFrame } from '../../../components/ui/field-frame';

/** The businesses of the sportello, each with its angel and "Assegna un angel" (a coordinator's override). */
export function BusinessesSection({ sportelloId, angels }: { sportelloId: string; angels: TAngelListItem[] }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TSportelloBusiness[] }>(sportelloBusinessesPath(sportelloId));
  if (error && (error.status === 401 || error.status === 403 || error.status === 404)) return null;
  const available = angels.filter((a) => a.status === 'qualified');
  return (
    <section className="card" aria-labelledby="biz-title">
      <h2 id="biz-title">{t('network.businesses.title')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? <p>{t('network.businesses.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="item-list">
          {data.items.map((b) => (
            <BusinessItem key={b.id} business={b} angels={available} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function BusinessItem({ business, angels }: { business: TSportelloBusiness; angels: TAngelListItem[] }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const current = useApi<TAssignment>(assignmentPath(business.id));
  const [assigned, setAssigned] = useState<TAssignment | undefined>(undefined);
  const now = assigned !== undefined ? assigned : current.data;
  const formId = `assign-${business.id}`;
  return (
    <li className="item business-item">
      <div className="item-main">
        <strong>{business.name}</strong>
        <span className="muted">{business.comuneName}</span>
        <span className="small">{now ? t('network.businesses.followedBy', { name: now.angelName }) : current.data === null ? t('network.businesses.noAngel') : ''}</span>
      </div>
      <div className="item-actions">
        <button type="button" className="btn btn-secondary" aria-expanded={isOpen} aria-controls={formId} onClick={() => setIsOpen((o) => !o)}>
          {t('network.businesses.assign')}
          <span className="sr-only"> ({business.name})</span>
        </button>
      </div>
      <div id={formId} className="assign-box" hidden={!isOpen}>
        {isOpen ? (
          <AssignForm
            business={business}
            angels={angels}
            currentId={now?.angelUserId ?? null}
            onDone={(a) => {
              setAssigned(a);
              setIsOpen(false);
            }}
          />
        ) : null}
      </div>
    </li>
  );
}

function AssignForm({ business, angels, currentId, onDone }: { business: TSportelloBusiness; angels: TAngelListItem[]; currentId: string | null; onDone: (a: TAssignment) => void }) {
  const { t } = useTranslation();
  const [angel, setAngel] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ angel?: string; reason?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = `as-${business.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const found = { angel: angel ? undefined : t('network.businesses.angelRequired'), reason: reason.trim().length >= 5 ? undefined : t('network.businesses.reasonRequired') };
    setErrors(found);
    if (found.angel || found.reason) return;
    setIsBusy(true);
    try {
      onDone(await assignAngel(business.id, { angelUserId: angel, reason: reason.trim() }));
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.reason) setErrors({ reason: err.fieldErrors.reason });
      setStatus(isApiError(err) ? err.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };

  if (angels.length === 0) return <p className="notice notice-info">{t('network.businesses.noAngels')}</p>;
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FieldFrame id={`${id}-angel`} label={t('network.businesses.angel')} error={errors.angel}>
        {(a11y) => (
          <select id={`${id}-angel`} value={angel} {...a11y} onChange={(e) => setAngel(e.target.value)}>
            <option value="">{t('network.businesses.choose')}</option>
            {angels.map((a) => (
              <option key={a.userId} value={a.userId} disabled={a.userId === currentId}>
                {t('network.businesses.angelOption', { name: a.name, comune: a.comuneName, cases: a.activeCases, capacity: a.capacity })}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <TextArea id={`${id}-reason`} label={t('network.businesses.reason')} hint={t('network.businesses.reasonHint')} value={reason} onChange={setReason} error={errors.reason} rows={3} maxLength={500} />
      <FormStatus kind="error" message={status} />
      <button type="submit" className="btn btn-primary" disabled={isBusy}>
        {isBusy ? t('common.wait') : t('network.businesses.confirm')}
      </button>
    </form>
  );
}

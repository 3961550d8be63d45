import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { approveHours, setEngagement, type TPlanView } from '../api/plans';
import { fieldMessages } from '../api/field-message';

type TProps = { view: TPlanView; isOnline: boolean; onChanged: () => Promise<void> };

/** "Noleggia un manager": the hours package, hours used and left, and the coordinator's extra hours. */
export function EngagementBox({ view, isOnline, onChanged }: TProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const e = view.engagement;
  const [hours, setHours] = useState(e ? String(e.hoursPackage) : '');
  const [funding, setFunding] = useState(e?.fundingCallId ?? '');
  // The first package is agreed by the angel; once agreed, its hours are the coordinator's to change.
  const canChangeHours = view.abilities.setPackage && (!e || view.abilities.approveHours);
  const [extra, setExtra] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const h = (n: number) => formatNumber(n, i18n.language);
  const isOver = e ? e.hoursUsed >= e.hoursPackage + e.approvedExtraHours : false;

  const run = async (ev: FormEvent, what: 'package' | 'extra') => {
    ev.preventDefault();
    const raw = what === 'package' ? (canChangeHours ? hours : String(e?.hoursPackage ?? '')) : extra;
    const n = Number(raw.replace(',', '.'));
    if (!raw.trim() || !Number.isFinite(n) || n <= 0) {
      setErrors({ [what === 'package' ? 'hoursPackage' : 'extraHours']: t('plans.engagement.hoursRequired') });
      return;
    }
    setErrors({});
    setIsBusy(true);
    setMessage(null);
    try {
      if (what === 'package') await setEngagement(view.plan.id, n, funding.trim() || null);
      else await approveHours(view.plan.id, n);
      await onChanged();
      setExtra('');
      setMessage({ kind: 'success', text: t(what === 'package' ? 'plans.engagement.saved' : 'plans.engagement.approved') });
    } catch (err) {
      if (isApiError(err)) {
        setErrors(fieldMessages(t, err.fieldErrors));
        setMessage({ kind: 'error', text: err.detail });
      } else setMessage({ kind: 'error', text: t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card engagement" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('plans.engagement.title')}</h2>
      <p className="muted">{t('plans.engagement.lead')}</p>
      {e ? (
        <dl className="details">
          <dt>{t('plans.engagement.package')}</dt>
          <dd>{t('plans.engagement.hours', { count: e.hoursPackage, n: h(e.hoursPackage) })}</dd>
          <dt>{t('plans.engagement.used')}</dt>
          <dd>{t('plans.engagement.hours', { count: e.hoursUsed, n: h(e.hoursUsed) })}</dd>
          {e.approvedExtraHours > 0 ? (
            <>
              <dt>{t('plans.engagement.extra')}</dt>
              <dd>{t('plans.engagement.hours', { count: e.approvedExtraHours, n: h(e.approvedExtraHours) })}</dd>
            </>
          ) : null}
          {e.fundingCallId ? (
            <>
              <dt>{t('plans.engagement.funding')}</dt>
              <dd>{e.fundingCallId}</dd>
            </>
          ) : null}
          <dt>{t('plans.engagement.remaining')}</dt>
          <dd>
            <strong>{t('plans.engagement.hours', { count: e.remaining, n: h(e.remaining) })}</strong>
          </dd>
        </dl>
      ) : (
        <p>{t('plans.engagement.none')}</p>
      )}
      {e ? <p className="small">{isOver ? t('plans.engagement.over') : t('plans.engagement.howToLog')}</p> : null}
      {view.abilities.setPackage ? (
        <form className="form" noValidate onSubmit={(ev) => void run(ev, 'package')}>
          {canChangeHours ? (
            <TextField id={`${id}-pkg`} inputMode="decimal" label={t('plans.engagement.packageLabel')} hint={t('plans.engagement.packageHint')} value={hours} onChange={setHours} error={errors.hoursPackage} />
          ) : (
            <p className="small">{t('plans.engagement.hoursByCoordinator')}</p>
          )}
          <TextField id={`${id}-funding`} label={t('plans.engagement.fundingLabel')} hint={t('plans.engagement.fundingHint')} value={funding} onChange={setFunding} error={errors.fundingCallId} maxLength={64} />
          <button type="submit" className="btn btn-secondary" disabled={isBusy || !isOnline}>
            {t('plans.engagement.save')}
          </button>
        </form>
      ) : null}
      {view.abilities.approveHours && e ? (
        <form className="form" noValidate onSubmit={(ev) => void run(ev, 'extra')}>
          <TextField id={`${id}-extra`} inputMode="decimal" label={t('plans.engagement.extraLabel')} hint={t('plans.engagement.extraHint')} value={extra} onChange={setExtra} error={errors.extraHours} />
          <button type="submit" className="btn btn-secondary" disabled={isBusy || !isOnline}>
            {t('plans.engagement.approve')}
          </button>
        </form>
      ) : null}
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
    </section>
  );
}

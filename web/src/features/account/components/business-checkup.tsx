import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { useApi } from '../../../lib/use-api';
import { businessCheckupsPath, type TCheckupSummary } from '../api/account';

/** A business's last check-up on the profile page: continue it, see its result, or take one. */
export function BusinessCheckup({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error } = useApi<{ items: TCheckupSummary[] }>(businessCheckupsPath(businessId));
  const start = `/check-up?impresa=${encodeURIComponent(businessId)}`;
  if (error) return null;
  if (!data) return null;

  const byRound = [...data.items].sort((a, b) => b.round - a.round);
  const draft = byRound.find((c) => c.status === 'draft');
  const done = byRound.find((c) => c.status === 'submitted');

  return (
    <div className="business-checkup">
      {done && done.submittedAt ? (
        <p>
          {t('account.checkup.last', { date: formatDate(done.submittedAt, lng) })}
          {done.level ? ` ${t('account.checkup.level', { level: lng === 'en' ? done.level.name.en : done.level.name.it })}` : ''}
          {done.overall !== null ? ` ${t('account.checkup.score', { score: done.overall })}` : ''}
        </p>
      ) : null}
      {!done && !draft ? <p>{t('account.checkup.none')}</p> : null}
      {draft ? <p>{t('account.checkup.halfway')}</p> : null}
      <div className="actions">
        {done ? (
          <Link to={`/check-up/${encodeURIComponent(done.id)}`} className="btn btn-primary">
            {t('account.checkup.see')}
          </Link>
        ) : null}
        <Link to={start} className={done ? 'btn btn-secondary' : 'btn btn-primary'}>
          {draft ? t('account.checkup.continue') : done ? t('account.checkup.redo') : t('account.checkup.start')}
        </Link>
      </div>
    </div>
  );
}

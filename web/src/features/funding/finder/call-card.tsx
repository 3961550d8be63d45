import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { formatDate, formatNumber } from '../../../lib/format';
import { callPagePath, followCall, unfollowCall, type TFinderItem } from './api';

/** A Rome calendar day (YYYY-MM-DD) in words: noon UTC is the same day in Rome. */
export function formatDay(day: string, lng: string): string {
  return formatDate(`${day}T12:00:00Z`, lng);
}

const MARK = { true: '✓', false: '✗', null: '?' } as const;

type TProps = {
  item: TFinderItem;
  /** The business to follow the call for; absent in the visitor's try. */
  businessId?: string;
  onFollowChange?: () => void;
};

/** One call: the verdict in plain words, why, when it closes, how much, and following it. */
export function CallCard({ item, businessId, onFollowChange }: TProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const head = `call-${item.callId}`;
  const [isFollowed, setIsFollowed] = useState(Boolean(item.isFollowed));
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = async () => {
    if (!businessId) return;
    setIsBusy(true);
    setError(null);
    try {
      if (isFollowed) await unfollowCall(businessId, item.callId);
      else await followCall(businessId, item.callId);
      setIsFollowed(!isFollowed);
      onFollowChange?.();
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    } finally {
      setIsBusy(false);
    }
  };

  const deadline =
    item.closing === 'date' && item.closesDay
      ? t('fundingFinder.card.closesOn', { day: formatDay(item.closesDay, lng) })
      : item.closing === 'rolling'
        ? t('fundingFinder.card.rolling')
        : t('fundingFinder.card.noDate');
  // The one reason that decides, in sight; all of them one tap away, so a list of twenty calls stays short on a phone.
  // The reminder to read the bando is on every call: it never decides, so it is not the one shown.
  const keyReason = item.verdict === 'eligible' ? null : (item.reasons.find((r) => r.ok === false) ?? item.reasons.find((r) => r.ok === null && r.code !== 'prose.to_verify') ?? null);
  const { grantMax, grantMin } = item.amounts;
  const amount =
    grantMax !== null
      ? t('fundingFinder.card.upTo', { amount: formatNumber(grantMax, lng) })
      : grantMin !== null
        ? t('fundingFinder.card.from', { amount: formatNumber(grantMin, lng) })
        : t('fundingFinder.card.amountNotSaid');

  return (
    <article className={`card funding-card funding-${item.verdict}`} aria-labelledby={head}>
      <h3 id={head}>
        <a href={callPagePath(item.slug)}>{item.title}</a>
      </h3>
      <p className="funding-verdict-line">
        <span className={`funding-verdict funding-verdict-${item.verdict}`}>{t(`fundingFinder.verdict.${item.verdict}`)}</span>
        {item.closingSoon ? <span className="badge funding-soon">{t('fundingFinder.card.closingSoon')}</span> : null}
        {item.status === 'upcoming' && item.opensDay ? <span className="badge">{t('fundingFinder.card.opensOn', { day: formatDay(item.opensDay, lng) })}</span> : null}
      </p>
      <dl className="funding-facts">
        <div>
          <dt>{t('fundingFinder.card.deadline')}</dt>
          <dd>{deadline}</dd>
        </div>
        <div>
          <dt>{t('fundingFinder.card.amount')}</dt>
          <dd>{amount}</dd>
        </div>
        <div>
          <dt>{t('fundingFinder.card.kind')}</dt>
          <dd>{item.kinds.length > 0 ? item.kinds.map((k) => t(`fundingFinder.kind.${k}`)).join(', ') : t('fundingFinder.card.kindNotSaid')}</dd>
        </div>
        {item.grantingBody ? (
          <div>
            <dt>{t('fundingFinder.card.by')}</dt>
            <dd>{item.grantingBody}</dd>
          </div>
        ) : null}
      </dl>
      {keyReason ? <p className={`funding-key-reason funding-reason-${String(keyReason.ok)}`}>{keyReason.text}</p> : null}
      <details className="funding-why-details">
        <summary className="funding-why">{t('fundingFinder.card.whyAll', { count: item.reasons.length })}</summary>
        <ul className="funding-reasons">
          {item.reasons.map((r) => (
            <li key={r.code} className={`funding-reason funding-reason-${String(r.ok)}`}>
              <span aria-hidden="true" className="funding-mark">
                {MARK[String(r.ok) as keyof typeof MARK]}
              </span>
              <span className="sr-only">{t(`fundingFinder.reason.${String(r.ok)}`)}: </span>
              {r.text}
            </li>
          ))}
        </ul>
      </details>
      {item.missing.length > 0 && businessId ? (
        <p>
          <a href="#dati-bandi">{t('fundingFinder.card.completeFacts')}</a>
        </p>
      ) : null}
      <p className="item-actions">
        <a className="btn btn-secondary" href={callPagePath(item.slug)}>
          {t('fundingFinder.card.open')}
          <span className="sr-only">: {item.title}</span>
        </a>
        {businessId ? (
          <button type="button" className={isFollowed ? 'btn btn-primary' : 'btn btn-secondary'} aria-pressed={isFollowed} disabled={isBusy} onClick={() => void toggle()}>
            {isFollowed ? t('fundingFinder.card.following') : t('fundingFinder.card.follow')}
            <span className="sr-only">: {item.title}</span>
          </button>
        ) : null}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

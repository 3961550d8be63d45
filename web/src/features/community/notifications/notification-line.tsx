import { useTranslation } from 'react-i18next';
import { formatRomeDateTime } from '../../../lib/rome-time';
import type { TNotification } from './api';

/** The sentence of one notification, with its time in Rome. */
export function NotificationLine({ n }: { n: TNotification }) {
  const { t, i18n } = useTranslation();
  const title = n.thread?.title ?? '';
  const reason = typeof n.detail?.reason === 'string' ? n.detail.reason : '';
  const hours = typeof n.detail?.waitingHours === 'number' ? n.detail.waitingHours : 0;
  const known = ['reply', 'mention', 'solved', 'moderation', 'offer', 'offer_free', 'escalated'];
  const kind = known.includes(n.kind) ? n.kind : 'other';
  return (
    <>
      <span>{t(`communityNotify.kinds.${kind}`, { title, reason, count: hours })}</span>{' '}
      <time dateTime={n.createdAt} className="muted">
        {formatRomeDateTime(n.createdAt, i18n.language)}
      </time>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../../lib/use-api';
import { queuePath, threadPagePath, type TQueueItem } from './api';

/** The coordinator's unanswered questions, the longest waiting first, with the hours waited. */
export function UnansweredQueue({ sportelloId }: { sportelloId: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<{ items: TQueueItem[] }>(queuePath(sportelloId));
  // Only coordinators and the admin see the queue; others get 404 and no section.
  if (error || !data) return null;
  return (
    <section className="card" aria-labelledby="cn-queue">
      <h2 id="cn-queue">{t('communityNotify.queue.title')}</h2>
      {data.items.length === 0 ? (
        <p>{t('communityNotify.queue.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('communityNotify.queue.question')}</th>
              <th scope="col">{t('communityNotify.queue.hours')}</th>
              <th scope="col">{t('communityNotify.queue.state')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((q) => (
              <tr key={q.thread.slug}>
                <td>
                  <Link to={threadPagePath(q.thread.slug)}>{q.thread.title}</Link>
                </td>
                <td>{t('communityNotify.queue.waiting', { count: q.waitingHours })}</td>
                <td>{q.offer ? t(`communityNotify.queue.states.${q.offer.state}`, { name: q.offer.takenByName ?? '' }) : t('communityNotify.queue.states.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { RequireSignIn, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { adminSportelliPath, logPath, moderatePost, queuePath, type TLogEntry, type TPostAction, type TQueueItem } from './api';
import { ReasonForm } from './reason-form';

/** /comunita/moderazione: a sportello's moderation queue and log, for its coordinators and the network admin. */
export default function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('communityModeration.page.title'));
  return <RequireSignIn fallback={<Loading />}>{(me) => <Moderation me={me} />}</RequireSignIn>;
}

function Moderation({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const own = me.memberships.filter((m) => m.role === 'coordinator').map((m) => ({ id: m.sportelloId, name: m.sportelloName }));
  const all = useApi<{ items: { id: string; name: string }[] }>(me.user.isAdmin ? adminSportelliPath : null);
  const choices = me.user.isAdmin ? (all.data?.items.map((s) => ({ id: s.id, name: s.name })) ?? []) : own;
  const chosen = choices.find((s) => s.id === params.get('sportello')) ?? choices[0];
  // A decision in the queue is the newest line of the log: it is read again from its first page.
  const [decisions, setDecisions] = useState(0);

  return (
    <section className="page" aria-labelledby="moderation-title">
      <h1 id="moderation-title">{t('communityModeration.page.title')}</h1>
      <p className="muted">{t('communityModeration.page.intro')}</p>
      {me.user.isAdmin && all.isLoading ? <Loading /> : null}
      {!me.user.isAdmin && own.length === 0 ? <p>{t('communityModeration.page.notModerator')}</p> : null}
      {choices.length > 1 ? (
        <div className="field">
          <label htmlFor="moderation-sportello">{t('communityModeration.page.sportello')}</label>
          <select id="moderation-sportello" value={chosen?.id} onChange={(e) => setParams({ sportello: e.target.value })}>
            {choices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {chosen ? (
        <>
          <Queue key={`q-${chosen.id}`} sportelloId={chosen.id} onDecided={() => setDecisions((n) => n + 1)} />
          <Log key={`l-${chosen.id}-${decisions}`} sportelloId={chosen.id} />
        </>
      ) : null}
    </section>
  );
}

function Queue({ sportelloId, onDecided }: { sportelloId: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TQueueItem[] }>(queuePath(sportelloId));
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="moderation-queue-title">
      <h2 id="moderation-queue-title">{t('communityModeration.queue.title')}</h2>
      <FormStatus kind="success" message={done} />
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        data.items.length ? (
          <ul className="moderation-queue">
            {data.items.map((item) => (
              <QueueItem
                key={item.post.id}
                item={item}
                onChanged={(message) => {
                  setDone(message);
                  reload();
                  onDecided();
                }}
              />
            ))}
          </ul>
        ) : (
          <p>{t('communityModeration.queue.empty')}</p>
        )
      ) : null}
    </section>
  );
}

function QueueItem({ item, onChanged }: { item: TQueueItem; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<TPostAction | null>(null);
  const { post } = item;
  const actions: TPostAction[] = post.isHidden ? (post.isPendingReview ? ['restore', 'hide'] : ['restore']) : item.reports.length ? ['hide', 'dismiss_reports'] : ['hide'];
  const id = `queue-${post.id}`;
  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <a href={`/comunita/${encodeURIComponent(item.thread.slug)}`}>{item.thread.title}</a>
      </h3>
      <p className="muted">
        {t('communityModeration.queue.by', { name: item.author?.name ?? t('communityModeration.queue.nobody'), when: formatRomeDateTime(post.createdAt, i18n.language) })}
      </p>
      <p className="badge">
        {post.isPendingReview ? t('communityModeration.queue.pending') : post.isHidden ? t('communityModeration.queue.hidden') : t('communityModeration.queue.reported')}
      </p>
      <blockquote className="moderation-text">{post.text}</blockquote>
      {post.hiddenReason ? <p>{t('communityModeration.queue.hiddenReason', { reason: post.hiddenReason })}</p> : null}
      {item.reports.length ? (
        <>
          <h4>{t('communityModeration.queue.reports', { count: item.reports.length })}</h4>
          <ul>
            {item.reports.map((r) => (
              <li key={r.id}>
                {t(`communityModeration.reasons.${r.reason}`)} — {r.reporterName}, {formatRomeDateTime(r.createdAt, i18n.language)}
                {r.note ? <q> {r.note}</q> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        {actions.map((a) => (
          <button key={a} type="button" className="btn btn-secondary" aria-expanded={open === a} aria-controls={`${id}-panel`} onClick={() => setOpen(open === a ? null : a)}>
            {t(`communityModeration.post.${a}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`}>
        {open ? (
          <ReasonForm
            id={`${id}-${open}`}
            submitLabel={t(`communityModeration.post.${open}Confirm`)}
            onSubmit={(reason) => moderatePost(post.id, open, reason)}
            onDone={() => {
              setOpen(null);
              onChanged(t(`communityModeration.post.${open}Done`));
            }}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </div>
    </li>
  );
}

function Log({ sportelloId }: { sportelloId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, error, isLoading, reload } = useApi<{ items: TLogEntry[]; page: number; hasMore: boolean }>(logPath(sportelloId, page));
  return (
    <section aria-labelledby="moderation-log-title">
      <h2 id="moderation-log-title">{t('communityModeration.log.title')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        data.items.length ? (
          <ol className="moderation-log">
            {data.items.map((e) => (
              <li key={e.id}>
                <strong>{t(`communityModeration.actions.${e.action}`, { defaultValue: e.action })}</strong> — {e.thread?.title ?? ''}
                <br />
                <span className="muted">
                  {t('communityModeration.log.who', { moderator: e.moderator?.name ?? t('communityModeration.log.automatic'), target: e.target?.name ?? '—', when: formatRomeDateTime(e.createdAt, i18n.language) })}
                </span>
                <br />
                {t('communityModeration.log.reason', { reason: e.reason })}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('communityModeration.log.empty')}</p>
        )
      ) : null}
      <div className="form-actions">
        {page > 1 ? (
          <button type="button" className="btn btn-secondary" onClick={() => setPage(page - 1)}>
            {t('communityModeration.log.newer')}
          </button>
        ) : null}
        {data?.hasMore ? (
          <button type="button" className="btn btn-secondary" onClick={() => setPage(page + 1)}>
            {t('communityModeration.log.older')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

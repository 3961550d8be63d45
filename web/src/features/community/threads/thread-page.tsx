import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { FollowButton } from '../follow/follow-button';
import { ThreadModeration } from '../moderation/thread-moderation';
import { markSolved, react, threadApiPath, threadPagePath, type TPost, type TThread } from '../api/threads';
import { PostView } from './post-view';
import { ReplyForm } from './reply-form';
import { ThreadLinksForm } from './thread-links-form';

/**
 * /comunita/{slug}: the question (or story), the reply marked "Risolto" right under it, the
 * replies, and the reply box; drawn by the server for everyone, readable without JavaScript.
 */
export default function ThreadPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { me } = useSession();
  const { data, error, isLoading, reload } = useApi<TThread | null>(threadApiPath(slug));
  const [quoting, setQuoting] = useState<TPost | null>(null);
  const [actionError, setActionError] = useState<string>();
  usePageTitle(data?.title ?? t('community.title'));

  if (isLoading && !data) return <Loading />;
  if (!data) {
    const gone = error instanceof ApiError && error.code === 'community.thread_hidden';
    return (
      <section className="page" aria-labelledby="thread-missing-h">
        <h1 id="thread-missing-h">{gone ? t('community.thread.hiddenTitle') : t('notFound.title')}</h1>
        <p>{gone ? error.detail : t('community.thread.missing')}</p>
        <p>
          <Link to="/comunita">{t('community.backToList')}</Link>
        </p>
      </section>
    );
  }

  const isSignedIn = Boolean(me);
  const fail = (e: unknown) => setActionError(e instanceof ApiError ? e.detail : t('errors.generic'));
  const solve = (postId: string | null) => markSolved(data.slug, postId).then(reload, fail);
  const meToo = () => react(data.opening.id, 'me_too', !data.meTooByMe).then(reload, fail);
  const here = threadPagePath(data.slug);

  return (
    <section className="page community-thread" aria-labelledby="thread-h">
      <p>
        <Link to="/comunita">{t('community.backToList')}</Link>
      </p>
      <p className="lesson-facts">
        <span className="badge">{t(`community.kinds.${data.kind}`)}</span> <span className="badge">{t(`areas.${data.area}.label`)}</span>
        {data.solution ? <span className="badge badge-solved">{t('community.solved')}</span> : null}
      </p>
      <h1 id="thread-h">{data.title}</h1>
      {data.hiddenReason !== null ? <p className="notice notice-error">{t('community.thread.hiddenForYou', { reason: data.hiddenReason })}</p> : null}
      {data.isLocked ? <p className="notice">{t('community.thread.locked', { reason: data.lockedReason ?? '' })}</p> : null}
      {data.slowModeSeconds ? <p className="notice">{t('community.thread.slowMode', { count: Math.ceil(data.slowModeSeconds / 60) })}</p> : null}
      <div className="community-thread-tools">
        {me ? <FollowButton threadSlug={data.slug} following={data.isFollowing} /> : null}
        {data.abilities.moderate ? <ThreadModeration threadSlug={data.slug} thread={{ id: data.id, isLocked: data.isLocked, slowModeSeconds: data.slowModeSeconds, area: data.area }} onChanged={reload} /> : null}
      </div>

      <PostView threadSlug={data.slug} post={data.opening} isSignedIn={isSignedIn} canModerate={data.abilities.moderate} canThank={false} onChanged={reload} headingId="post-opening" level={2} />
      {data.kind === 'question' ? (
        <p className="community-me-too">
          {isSignedIn && !data.isMine ? (
            <button type="button" className="btn btn-secondary" aria-pressed={data.meTooByMe} onClick={() => void meToo()}>
              {t('community.meToo', { count: data.meTooCount })}
            </button>
          ) : (
            <span className="muted">{t('community.meTooCount', { count: data.meTooCount })}</span>
          )}
        </p>
      ) : null}
      {actionError ? (
        <p className="notice notice-error" role="alert">
          {actionError}
        </p>
      ) : null}

      {data.lessons.length > 0 || data.planActions.length > 0 ? (
        <section className="card community-links" aria-labelledby="links-h">
          <h2 id="links-h">{t('community.links.title')}</h2>
          <ul>
            {data.lessons.map((l) => (
              <li key={l.slug}>
                <Link to={`/lezioni/${l.slug}`}>{l.title}</Link>
              </li>
            ))}
            {data.planActions.map((a) => (
              <li key={a.id}>{t('community.links.inMyPlan', { title: a.title })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ThreadLinksForm thread={data} onLinked={reload} />

      {data.solution ? (
        <section aria-labelledby="solution-h" className="community-solution">
          <h2 id="solution-h" className="sr-only">
            {t('community.solvedReply')}
          </h2>
          <PostView threadSlug={data.slug} post={data.solution} isSignedIn={isSignedIn} canModerate={data.abilities.moderate} canThank onChanged={reload} label={t('community.solvedReply')} headingId="post-solution" />
        </section>
      ) : null}

      <section aria-labelledby="replies-h">
        <h2 id="replies-h">{t('community.replies', { count: data.replies.length })}</h2>
        {data.replies.length === 0 ? <p className="muted">{t(data.kind === 'question' ? 'community.noReplies' : 'community.noComments')}</p> : null}
        <ol className="community-replies">
          {data.replies.map((p) => (
            <li key={p.id} id={`post-${p.id}`}>
              <PostView threadSlug={data.slug} post={p} isSignedIn={isSignedIn} canModerate={data.abilities.moderate} canThank onQuote={setQuoting} onChanged={reload} headingId={`post-h-${p.id}`} />
              {data.abilities.markSolved && p.state === 'visible' ? (
                <p>
                  {data.solvedPostId === p.id ? (
                    <button type="button" className="btn btn-secondary" onClick={() => void solve(null)}>
                      {t('community.unmarkSolved')}
                    </button>
                  ) : (
                    <button type="button" className="btn btn-primary" onClick={() => void solve(p.id)}>
                      {t(data.isMine ? 'community.markSolved' : 'community.markSolvedForAsker')}
                    </button>
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {me === null ? (
        <p className="card">
          {t('community.signInToReply')} <a href={`/accedi?next=${encodeURIComponent(here)}`}>{t('community.signInLink')}</a>
        </p>
      ) : me && data.abilities.reply ? (
        <ReplyForm threadSlug={data.slug} quoting={quoting} onCancelQuote={() => setQuoting(null)} onSent={reload} />
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/ui/text-area';
import { ApiError } from '../../../lib/api-client';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { PostActions } from '../moderation/post-actions';
import { deletePost, editPost, react, type TPost } from '../api/threads';

type TProps = {
  threadSlug: string;
  post: TPost;
  isSignedIn: boolean;
  canModerate: boolean;
  /** "Grazie" is for replies; the opening post of a question gets "anche a me" instead. */
  canThank: boolean;
  onQuote?: (post: TPost) => void;
  onChanged: () => void;
  /** Shown above the post (e.g. "Risolto"). */
  label?: string;
  headingId?: string;
  /** The author line's heading level: 2 for the opening post right under the title, 3 under a section. */
  level?: 2 | 3;
};

function RoleBadge({ role }: { role: string | null }) {
  const { t } = useTranslation();
  if (role !== 'angel' && role !== 'coordinator' && role !== 'admin') return null;
  return <span className={`badge badge-role badge-${role}`}>{t(`community.roles.${role}`)}</span>;
}

/**
 * One post: who wrote it (display name and role), its text as the server rendered it, or
 * "messaggio eliminato" / "nascosto dai moderatori"; the author's edit and delete.
 */
export function PostView({ threadSlug, post, isSignedIn, canModerate, canThank, onQuote, onChanged, label, headingId, level = 3 }: TProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.markdown ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await editPost(post.id, draft);
      setEditing(false);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldErrors.body ?? e.detail) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!window.confirm(t('community.post.deleteConfirm'))) return;
    await deletePost(post.id).then(onChanged, (e: unknown) => setError(e instanceof ApiError ? e.detail : t('errors.generic')));
  };
  const thank = async () => {
    await react(post.id, 'thanks', !post.thankedByMe).then(onChanged, (e: unknown) => setError(e instanceof ApiError ? e.detail : t('errors.generic')));
  };

  return (
    <article className={`card community-post community-post-${post.state}`} aria-labelledby={headingId}>
      {label ? <p className="badge badge-solved">{label}</p> : null}
      <header className="community-post-head">
        <Heading id={headingId} className="community-post-author">
          {post.author?.name || t('community.post.formerMember')} <RoleBadge role={post.author?.role ?? null} />
        </Heading>
        <p className="muted">
          <time dateTime={post.createdAt}>{formatRomeDateTime(post.createdAt, i18n.language)}</time>
          {post.editedAt ? ` · ${t('community.post.edited')}` : null}
        </p>
      </header>
      {post.quote ? (
        <blockquote className="community-quote">
          <p className="muted">{t('community.post.quoting', { name: post.quote.authorName ?? t('community.post.formerMember') })}</p>
          <p>{post.quote.excerpt ?? t('community.post.unavailable')}</p>
        </blockquote>
      ) : null}
      {post.state === 'deleted' ? <p className="muted community-gone">{t('community.post.deleted')}</p> : null}
      {post.state === 'hidden' ? (
        <p className="notice community-hidden">
          {t('community.post.hidden')}
          {post.hiddenReason ? ` ${t('community.post.hiddenReason', { reason: post.hiddenReason })}` : null}
        </p>
      ) : null}
      {editing ? (
        <div className="community-edit">
          <TextArea id={`edit-${post.id}`} label={t('community.post.editLabel')} value={draft} onChange={setDraft} rows={6} error={error} />
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy}>
            {t('community.post.save')}
          </button>{' '}
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(false)}>
            {t('community.post.cancel')}
          </button>
        </div>
      ) : post.html !== null ? (
        // Rendered from Markdown by the server on save, raw HTML off (render-markdown.ts).
        <div className="community-body prose" dangerouslySetInnerHTML={{ __html: post.html }} />
      ) : null}
      {!editing && error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {post.state !== 'deleted' ? (
        <div className="community-post-actions">
          {canThank ? (
            isSignedIn && !post.isMine ? (
              <button type="button" className="btn btn-secondary" aria-pressed={post.thankedByMe} onClick={() => void thank()}>
                {t('community.post.thanks', { count: post.thanksCount })}
              </button>
            ) : post.thanksCount > 0 ? (
              <span className="muted">{t('community.post.thanks', { count: post.thanksCount })}</span>
            ) : null
          ) : null}
          {onQuote && isSignedIn && post.html !== null ? (
            <button type="button" className="btn btn-secondary" onClick={() => onQuote(post)}>
              {t('community.post.quote')}
            </button>
          ) : null}
          {post.isMine && !editing ? (
            <>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => {
                  setDraft(post.markdown ?? '');
                  setEditing(true);
                }}
              >
                {t('community.post.edit')}
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => void remove()}>
                {t('community.post.delete')}
              </button>
            </>
          ) : null}
          <PostActions
            threadSlug={threadSlug}
            post={{ id: post.id, position: post.position, isMine: post.isMine, isDeleted: false, isHidden: post.state === 'hidden' }}
            canModerate={canModerate}
            onChanged={onChanged}
          />
        </div>
      ) : null}
    </article>
  );
}

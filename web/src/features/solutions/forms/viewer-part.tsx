import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TextArea } from '../../../components/ui/text-area';
import { api, ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { ReviewForm, StarsField } from './review-form';
import type { TViewerPart } from './viewer-api';

/** Changing one's own review: stars and words (its author only; the server checks). */
function OwnReview({ review, businessName, onSaved }: { review: TViewerPart['myReviews'][number]; businessName: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [isEditing, setIsEditing] = useState(false);
  const [rating, setRating] = useState<number | null>(review.rating);
  const [text, setText] = useState(review.text);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!text.trim()) return setErrors({ text: t('solutionForms.review.needText') });
    try {
      await api.patch(`/api/solutions/reviews/${review.id}`, { rating, text: text.trim() });
      setIsEditing(false);
      onSaved(t('solutionForms.review.changed'));
    } catch (err) {
      setErrors(err instanceof ApiError ? err.fieldErrors : {});
      setProblem(err instanceof ApiError ? err.detail : String(err));
    }
  };
  return (
    <div className="card solution-own-review">
      <p>
        <strong>{t('solutionForms.review.yours', { business: businessName })}</strong>
        {review.isHidden ? <span className="badge">{t('solutionForms.review.hiddenBadge')}</span> : null}
      </p>
      {isEditing ? (
        <form onSubmit={(ev) => void submit(ev)} noValidate>
          {problem ? (
            <p className="notice notice-error" role="alert">
              {problem}
            </p>
          ) : null}
          <StarsField name={`${uid}-rating`} value={rating} onChange={setRating} error={errors.rating} />
          <TextArea id={`${uid}-text`} label={t('solutionForms.review.text')} value={text} onChange={setText} error={errors.text} rows={4} required />
          <div className="actions">
            <button type="submit" className="btn btn-primary">
              {t('solutionForms.review.saveChange')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setIsEditing(false)}>
              {t('solutionForms.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            {t('solutions.stars', { count: review.rating })}: {review.text}
          </p>
          <p>
            <button type="button" className="btn btn-secondary" onClick={() => setIsEditing(true)}>
              {t('solutionForms.review.edit')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}

type TProps = { solution: { id: string; provider: string; name: string }; part: TViewerPart; onChanged: () => void };

/**
 * The signed-in reader's own part of a solution's page: "Modifica" for its managers, the review
 * form for the businesses whose plan used it, their own reviews to change, and for moderators
 * the reviews they hid with the reason kept.
 */
export function ViewerPart({ solution, part, onChanged }: TProps) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const saved = (m: string) => {
    setMessage(m);
    onChanged();
  };
  const businessName = (id: string) => part.uses.find((u) => u.businessId === id)?.businessName ?? '';
  const reviewed = part.uses.filter((u) => u.myReviewId);
  const hasForm = part.uses.some((u) => !u.myReviewId);
  return (
    <>
      {part.canEdit ? (
        <p>
          <Link to={`/soluzioni/modifica/${solution.id}`} className="btn btn-secondary">
            {t('solutionForms.edit', { name: solution.name })}
          </Link>
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? <p className="notice notice-success">{message}</p> : null}
      </div>
      {part.uses.length ? (
        <section aria-labelledby="my-review-h" className="solution-my-review">
          <h2 id="my-review-h">{t('solutionForms.review.section')}</h2>
          {reviewed.map((u) => (
            <p key={u.businessId} className="notice">
              {t('solutionForms.review.already', { business: u.businessName })}
            </p>
          ))}
          {part.myReviews.map((r) => (
            <OwnReview key={r.id} review={r} businessName={businessName(r.businessId)} onSaved={saved} />
          ))}
          {hasForm ? <ReviewForm solutionId={solution.id} provider={solution.provider} part={part} onSaved={saved} /> : null}
        </section>
      ) : null}
      {part.moderation.hidden.length ? (
        <section aria-labelledby="hidden-reviews-h">
          <h2 id="hidden-reviews-h">{t('solutionForms.moderation.hiddenTitle')}</h2>
          <ul className="item-list">
            {part.moderation.hidden.map((h) => (
              <li key={h.id}>
                <p>{h.text}</p>
                <p className="muted">{t('solutionForms.moderation.hiddenWhy', { reason: h.reason, day: formatDate(h.hiddenAt, i18n.language) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** "Nascondi" on one review, for its moderators: the reason is asked and kept. */
export function HideReview({ reviewId, onHidden }: { reviewId: string; onHidden: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (reason.trim().length < 3) return setError(t('solutionForms.moderation.needReason'));
    try {
      await api.post(`/api/solutions/reviews/${reviewId}/hide`, { reason: reason.trim() });
      onHidden();
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors.reason ?? err.detail) : String(err));
    }
  };
  if (!isOpen)
    return (
      <p>
        <button type="button" className="btn btn-secondary" onClick={() => setIsOpen(true)}>
          {t('solutionForms.moderation.hide')}
        </button>
      </p>
    );
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate className="solution-hide-form">
      <TextArea id={`${uid}-reason`} label={t('solutionForms.moderation.reason')} hint={t('solutionForms.moderation.reasonHint')} value={reason} onChange={setReason} error={error} rows={2} required />
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('solutionForms.moderation.confirm')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setIsOpen(false)}>
          {t('solutionForms.cancel')}
        </button>
      </div>
    </form>
  );
}

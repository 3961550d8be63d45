import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { giveFeedback, type TMeeting } from '../api/meetings';

const STARS = [1, 2, 3, 4, 5] as const;

/** The entrepreneur's word on the meeting: 1–5 stars (a native radio group) and a sentence. */
export function FeedbackForm({ meeting, onDone }: { meeting: TMeeting; onDone: (m: TMeeting) => void }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [ratingError, setRatingError] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (rating === null) {
      setRatingError(t('meetings.feedback.ratingRequired'));
      return;
    }
    setIsBusy(true);
    try {
      onDone(await giveFeedback(meeting.id, { rating, text: text.trim() || null }));
    } catch (err) {
      setError(isApiError(err) ? err.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };

  return (
    <form className="card form" noValidate aria-labelledby="fb-title" onSubmit={(e) => void submit(e)}>
      <h2 id="fb-title">{t('meetings.feedback.title')}</h2>
      <fieldset className={ratingError ? 'stars field-invalid' : 'stars'} aria-describedby={ratingError ? 'fb-rating-error' : undefined}>
        <legend>{t('meetings.feedback.legend')}</legend>
        {ratingError ? (
          <p className="field-error" id="fb-rating-error">
            {ratingError}
          </p>
        ) : null}
        <div className="star-row">
          {STARS.map((n) => (
            <label key={n} className={rating !== null && n <= rating ? 'star is-on' : 'star'}>
              <input
                type="radio"
                name="rating"
                value={n}
                className="star-input"
                checked={rating === n}
                onChange={() => {
                  setRating(n);
                  setRatingError(undefined);
                }}
              />
              <span aria-hidden="true">★</span>
              <span className="sr-only">{t('meetings.feedback.stars', { count: n })}</span>
            </label>
          ))}
        </div>
        <p className="muted small" aria-hidden="true">
          {rating !== null ? t('meetings.feedback.stars', { count: rating }) : t('meetings.feedback.scale')}
        </p>
      </fieldset>
      <TextArea id="fb-text" label={t('meetings.feedback.text')} hint={t('meetings.feedback.textHint')} value={text} onChange={setText} rows={3} maxLength={500} />
      <FormStatus kind="error" message={error} />
      <button type="submit" className="btn btn-primary btn-big" disabled={isBusy}>
        {isBusy ? t('common.wait') : t('meetings.feedback.save')}
      </button>
    </form>
  );
}

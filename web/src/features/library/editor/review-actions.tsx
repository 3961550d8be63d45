import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/ui/text-area';
import type { TAuthoredLesson } from '../api/authoring';

type TProps = {
  lesson: TAuthoredLesson;
  isBusy: boolean;
  onPublish: () => void;
  onSendBack: (note: string) => Promise<boolean>;
  onRetire: () => void;
};

/** The reviewer's buttons: publish, send back with a note, retire. Shown only when the API allows them. */
export function ReviewActions({ lesson, isBusy, onPublish, onSendBack, onRetire }: TProps) {
  const { t } = useTranslation();
  const [isWritingNote, setIsWritingNote] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [isConfirmingRetire, setIsConfirmingRetire] = useState(false);
  const { canReview, canRetire } = lesson.abilities;
  if (!canReview && !canRetire) return null;

  const sendBack = async () => {
    if (note.trim().length < 3) {
      setNoteError(t('libraryEditor.review.noteRequired'));
      window.requestAnimationFrame(() => document.getElementById('review-note')?.focus());
      return;
    }
    setNoteError(undefined);
    if (await onSendBack(note.trim())) {
      setIsWritingNote(false);
      setNote('');
    }
  };

  return (
    <section className="card lesson-review" aria-labelledby="lesson-review-title">
      <h2 id="lesson-review-title">{t('libraryEditor.review.title')}</h2>
      {canReview ? (
        <>
          <p className="muted">{t('libraryEditor.review.intro')}</p>
          <div className="form-actions">
            <button type="button" className="btn" disabled={isBusy} onClick={onPublish}>
              {t('libraryEditor.actions.publish')}
            </button>
            <button type="button" className="btn btn-secondary" disabled={isBusy} aria-expanded={isWritingNote} onClick={() => setIsWritingNote(!isWritingNote)}>
              {t('libraryEditor.actions.sendBack')}
            </button>
          </div>
          {isWritingNote ? (
            <div className="lesson-note">
              <TextArea id="review-note" label={t('libraryEditor.review.noteLabel')} hint={t('libraryEditor.review.noteHint')} value={note} onChange={setNote} error={noteError} rows={3} maxLength={2000} />
              <button type="button" className="btn" disabled={isBusy} onClick={() => void sendBack()}>
                {t('libraryEditor.review.sendBackConfirm')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {canRetire ? (
        isConfirmingRetire ? (
          <div className="form-actions">
            <span>{t('libraryEditor.review.retireConfirm')}</span>
            <button type="button" className="btn btn-danger" disabled={isBusy} onClick={onRetire}>
              {t('libraryEditor.review.retireYes')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setIsConfirmingRetire(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setIsConfirmingRetire(true)}>
              {t('libraryEditor.actions.retire')}
            </button>
          </div>
        )
      ) : null}
    </section>
  );
}

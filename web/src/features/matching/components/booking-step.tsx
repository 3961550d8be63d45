import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { RadioCards } from '../../../components/ui/radio-cards';
import { TextField } from '../../../components/ui/text-field';
import { TextArea } from '../../../components/ui/text-area';
import { isApiError } from '../../../lib/api-client';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { bookMeeting, meetingModesOf, type TBooked, type TMatch, type TMeetingMode, type TSlot } from '../api/matching';

type TProps = {
  businessId: string;
  businessName: string;
  match: TMatch;
  slot: TSlot;
  onBack: () => void;
  onBooked: (meeting: TBooked) => void;
  /** The time went to someone else, or is no longer free: go back and show why. */
  onTaken: (message: string) => void;
};

/** The booking step: how to meet, what you would like to tell, confirm. */
export function BookingStep({ businessId, businessName, match, slot, onBack, onBooked, onTaken }: TProps) {
  const { t, i18n } = useTranslation();
  const modes = meetingModesOf(match.angel.modes);
  const [mode, setMode] = useState<TMeetingMode | null>(modes.length === 1 ? modes[0]! : null);
  const [note, setNote] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [linkError, setLinkError] = useState<string>();
  const [modeError, setModeError] = useState<string>();
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    if (!mode) {
      setModeError(t('matching.book.modeRequired'));
      return;
    }
    const link = mode === 'video' ? videoLink.trim() : '';
    if (link && !/^https:\/\/\S+$/.test(link)) {
      setLinkError(t('matching.book.videoLinkInvalid'));
      return;
    }
    setIsBusy(true);
    try {
      onBooked(await bookMeeting({ businessId, angelUserId: match.angel.userId, startsAt: slot.startsAt, mode, note: note.trim() || null, videoLink: link || null }));
    } catch (err) {
      if (isApiError(err) && (err.code === 'meeting.slot_taken' || err.code === 'meeting.slot_unavailable' || err.code === 'angel.not_available')) {
        onTaken(err.detail);
        return;
      }
      setStatus(isApiError(err) ? err.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };

  return (
    <section className="card booking" aria-labelledby="book-title">
      <h2 id="book-title" ref={headingRef} tabIndex={-1}>
        {t('matching.book.title')}
      </h2>
      <dl className="details">
        <dt>{t('matching.book.with')}</dt>
        <dd>{match.angel.name}</dd>
        <dt>{t('matching.book.when')}</dt>
        <dd>{formatRomeDateTime(slot.startsAt, i18n.language)}</dd>
        <dt>{t('matching.book.for')}</dt>
        <dd>{businessName}</dd>
      </dl>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <RadioCards
          name="mode"
          legend={t('matching.book.mode')}
          options={modes.map((m) => ({ value: m, label: t(`meetingMode.${m}`), hint: t(`matching.book.modeHint.${m}`) }))}
          value={mode}
          onChange={(v) => {
            setMode(v as TMeetingMode);
            setModeError(undefined);
          }}
          error={modeError}
        />
        {mode === 'video' ? (
          <TextField
            id="book-video-link"
            type="url"
            inputMode="url"
            label={t('matching.book.videoLink')}
            hint={t('matching.book.videoLinkHint')}
            value={videoLink}
            onChange={(v) => {
              setVideoLink(v);
              setLinkError(undefined);
            }}
            error={linkError}
          />
        ) : null}
        <TextArea id="book-note" label={t('matching.book.note')} hint={t('matching.book.noteHint')} value={note} onChange={setNote} rows={4} maxLength={1000} />
        <FormStatus kind="error" message={status} />
        <div className="actions">
          <button type="submit" className="btn btn-primary btn-big" disabled={isBusy}>
            {isBusy ? t('common.wait') : t('matching.book.confirm')}
          </button>
          <button type="button" className="btn btn-secondary btn-big" onClick={onBack} disabled={isBusy}>
            {t('matching.book.back')}
          </button>
        </div>
        <p className="muted small">{t('matching.free')}</p>
      </form>
    </section>
  );
}

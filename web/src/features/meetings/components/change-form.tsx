import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SlotPicker } from '../../../components/slot-picker';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-client';
import { formatRomeDateTime } from '../../../lib/rome-time';
import { useApi } from '../../../lib/use-api';
import { changeMeeting, MODES, slotsPath, type TMeeting, type TMeetingMode, type TSlot } from '../api/meetings';

/** Another free time of the same angel, and/or another way to meet. */
export function ChangeForm({ meeting, onDone, onClose }: { meeting: TMeeting; onDone: (m: TMeeting) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const slots = useApi<{ items: TSlot[] }>(slotsPath(meeting.angelUserId, 21));
  const [slot, setSlot] = useState<string | null>(null);
  const [mode, setMode] = useState<TMeetingMode>(meeting.mode);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const save = async () => {
    setError(null);
    const change: { startsAt?: string; mode?: TMeetingMode } = {};
    if (slot) change.startsAt = slot;
    if (mode !== meeting.mode) change.mode = mode;
    if (!change.startsAt && !change.mode) {
      setError(t('meetings.change.nothing'));
      return;
    }
    setIsBusy(true);
    try {
      onDone(await changeMeeting(meeting.id, change));
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
      if (isApiError(e) && (e.code === 'meeting.slot_taken' || e.code === 'meeting.slot_unavailable')) {
        setSlot(null);
        slots.reload();
      }
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="chg-title">
      <h2 id="chg-title">{t('meetings.change.title')}</h2>
      <div className="field">
        <label htmlFor="chg-mode">{t('meetings.change.mode')}</label>
        <select id="chg-mode" value={mode} onChange={(e) => setMode(e.target.value as TMeetingMode)}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`meetingMode.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="section-label">{t('meetings.change.slot')}</p>
      {slots.isLoading && !slots.data ? <Loading /> : null}
      {slots.error ? <ErrorNotice message={slots.error.detail} onRetry={slots.reload} /> : null}
      {slots.data && slots.data.items.length === 0 ? <p>{t('meetings.change.noSlots')}</p> : null}
      {slots.data && slots.data.items.length > 0 ? <SlotPicker slots={slots.data.items} chosen={slot} onChoose={(s) => setSlot(s.startsAt)} /> : null}
      {slot ? <p className="notice notice-info">{t('meetings.change.chosen', { when: formatRomeDateTime(slot, i18n.language) })}</p> : null}
      <FormStatus kind="error" message={error} />
      <div className="actions">
        <button type="button" className="btn btn-primary btn-big" disabled={isBusy} onClick={() => void save()}>
          {isBusy ? t('common.wait') : t('meetings.change.save')}
        </button>
        <button type="button" className="btn btn-secondary btn-big" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

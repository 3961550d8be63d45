import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS } from '../../../../../src/shared/areas';
import { FormStatus } from '../../../components/ui/form-status';
import { moderateThread, type TThreadDecision } from './api';
import { ReasonForm, useReasonFormError } from './reason-form';

/** What the thread page gives the moderators' tools for the whole thread. */
export type TThreadModerationProps = {
  threadSlug: string;
  thread: { id: string; isLocked: boolean; slowModeSeconds: number | null; area: string };
  onChanged: () => void;
};

type TOpen = null | 'lock' | 'move' | 'slow_mode';
const SLOW_CHOICES = [30, 60, 300, 900, 3600];

/** Lock, move, slow mode for a thread; shown to its moderators only (the page mounts it for them). */
export function ThreadModeration({ thread, onChanged }: TThreadModerationProps) {
  const { t } = useTranslation();
  const base = `thread-${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState<TOpen>(null);
  const [done, setDone] = useState<string | null>(null);
  const [area, setArea] = useState(AREAS.find((a) => a !== thread.area) ?? AREAS[0]);
  const [seconds, setSeconds] = useState<number | null>(thread.slowModeSeconds === null ? 60 : null);
  const toggle = (which: TOpen) => {
    setDone(null);
    setOpen(open === which ? null : which);
  };
  const finish = () => {
    setOpen(null);
    setDone(t('communityModeration.thread.done'));
    onChanged();
  };
  const decision = (): TThreadDecision =>
    open === 'move' ? { action: 'move', area } : open === 'slow_mode' ? { action: 'slow_mode', seconds } : { action: thread.isLocked ? 'unlock' : 'lock' };

  return (
    <section className="card thread-moderation" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{t('communityModeration.thread.title')}</h2>
      <p className="muted">
        {thread.isLocked ? t('communityModeration.thread.isLocked') : t('communityModeration.thread.isOpen')}{' '}
        {thread.slowModeSeconds ? t('communityModeration.thread.slowSeconds', { count: thread.slowModeSeconds }) : null}
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" aria-expanded={open === 'lock'} aria-controls={`${base}-panel`} onClick={() => toggle('lock')}>
          {t(thread.isLocked ? 'communityModeration.thread.unlock' : 'communityModeration.thread.lock')}
        </button>
        <button type="button" className="btn btn-secondary" aria-expanded={open === 'move'} aria-controls={`${base}-panel`} onClick={() => toggle('move')}>
          {t('communityModeration.thread.move')}
        </button>
        <button type="button" className="btn btn-secondary" aria-expanded={open === 'slow_mode'} aria-controls={`${base}-panel`} onClick={() => toggle('slow_mode')}>
          {t('communityModeration.thread.slowMode')}
        </button>
      </div>
      <div id={`${base}-panel`}>
        {open ? (
          <ReasonForm
            id={`${base}-${open}`}
            submitLabel={t(open === 'lock' ? (thread.isLocked ? 'communityModeration.thread.unlock' : 'communityModeration.thread.lock') : `communityModeration.thread.${open === 'move' ? 'moveConfirm' : 'slowConfirm'}`)}
            onSubmit={(reason) => moderateThread(thread.id, decision(), reason)}
            onDone={finish}
            onCancel={() => setOpen(null)}
          >
            {open === 'move' ? <AreaField id={`${base}-area`} current={thread.area} value={area} onChange={setArea} /> : null}
            {open === 'slow_mode' ? <SlowField id={`${base}-seconds`} isSlow={thread.slowModeSeconds !== null} value={seconds} onChange={setSeconds} /> : null}
          </ReasonForm>
        ) : null}
      </div>
      <FormStatus kind="success" message={done} />
    </section>
  );
}

function FieldError({ id, field }: { id: string; field: string }) {
  const error = useReasonFormError(field);
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

function AreaField({ id, current, value, onChange }: { id: string; current: string; value: string; onChange: (a: (typeof AREAS)[number]) => void }) {
  const { t } = useTranslation();
  const error = useReasonFormError('area');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{t('communityModeration.thread.areaLabel')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as (typeof AREAS)[number])} aria-describedby={error ? `${id}-error` : undefined}>
        {AREAS.filter((a) => a !== current).map((a) => (
          <option key={a} value={a}>
            {t(`areas.${a}.label`)}
          </option>
        ))}
      </select>
      <FieldError id={id} field="area" />
    </div>
  );
}

function SlowField({ id, isSlow, value, onChange }: { id: string; isSlow: boolean; value: number | null; onChange: (s: number | null) => void }) {
  const { t } = useTranslation();
  const error = useReasonFormError('seconds');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{t('communityModeration.thread.secondsLabel')}</label>
      <select id={id} value={value ?? 'off'} onChange={(e) => onChange(e.target.value === 'off' ? null : Number(e.target.value))} aria-describedby={error ? `${id}-error` : undefined}>
        {isSlow ? <option value="off">{t('communityModeration.thread.slowOff')}</option> : null}
        {SLOW_CHOICES.map((s) => (
          <option key={s} value={s}>
            {t('communityModeration.thread.slowSeconds', { count: s })}
          </option>
        ))}
      </select>
      <FieldError id={id} field="seconds" />
    </div>
  );
}

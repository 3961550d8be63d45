import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComuneCombobox, comuneLabel } from '../../../components/comune-combobox';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { RadioCards } from '../../../components/ui/radio-cards';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { focusFirstInvalid } from '../../../lib/focus';
import { useSession } from '../../../lib/session';
import { buildRequestBody, PEOPLE_BANDS, STEPS, TEXT_MAX, TEXT_MIN, validateStep, type TStep, type TStepErrors } from '../api/draft';
import { useAnalyse } from '../hooks/use-analyse';
import { useIntakeDraft } from '../hooks/use-intake-draft';
import { useIntakeSend } from '../hooks/use-intake-send';
import { StepAreas } from './step-areas';
import { StepContact } from './step-contact';
import { StepFrame } from './step-frame';
import { StepSector } from './step-sector';
import { StepText } from './step-text';
import { ThankYou } from './thank-you';

/**
 * /ascolto: a short guided conversation, one question per screen. Works without an account;
 * every answer is kept on the device, and the request leaves when there is a line.
 */
export default function AscoltoPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('intake.pageTitle'));
  const { me, refresh } = useSession();
  const { draft, update, clear } = useIntakeDraft();
  const [errors, setErrors] = useState<TStepErrors>({});
  const [hasMoved, setHasMoved] = useState(false);
  const signedInEmail = me ? me.user.email : null;

  const onSent = useCallback(() => {
    clear();
    // A signed-in person may now own a business: the check-up needs to see it.
    if (me) void refresh();
  }, [clear, me, refresh]);
  const sender = useIntakeSend(draft, update, { isSignedIn: Boolean(me), onSent });
  const reader = useAnalyse(draft, update);

  if (sender.sent) {
    return (
      <ThankYou
        sent={sender.sent}
        isSignedIn={Boolean(me)}
        onAgain={() => {
          setHasMoved(false);
          sender.dismiss();
        }}
      />
    );
  }

  const index = STEPS.indexOf(draft.step);
  const go = (step: TStep) => {
    setErrors({});
    setHasMoved(true);
    update({ step });
  };

  /** A client check's message, or else the server's message for that field. */
  const errorFor = (field: string): string | undefined => {
    const key = errors[field];
    if (key) return t(key, { min: TEXT_MIN, max: TEXT_MAX });
    return sender.fieldErrors[field];
  };
  const edit: typeof update = (change) => {
    // Editing a field takes its old server message away; the next "Avanti" checks again.
    const fields = typeof change === 'function' ? [] : Object.keys(change);
    for (const f of fields) sender.clearFieldError(f);
    update(change);
  };

  const next = () => {
    const found = validateStep(draft, draft.step, signedInEmail);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      focusFirstInvalid('.ascolto');
      return;
    }
    setErrors({});
    if (draft.step === 'text') {
      reader.analyse();
      return;
    }
    if (draft.step === 'contact') {
      sender.send(
        buildRequestBody(draft, {
          signedInEmail,
          locale: i18n.language === 'en' ? 'en' : 'it',
          otherSectorLine: (sector) => t('intake.sector.otherLine', { sector }),
        }),
      );
      return;
    }
    const following = STEPS[index + 1];
    if (following) go(following);
  };
  const back = index > 0 && !draft.outbox ? () => go(STEPS[index - 1] ?? 'comune') : undefined;

  const hasProposals = (draft.analysis?.areas.length ?? 0) > 0;
  const titles: Record<TStep, string> = {
    comune: t('intake.comune.title'),
    sector: t('intake.sector.title'),
    people: t('intake.people.title'),
    text: t('intake.text.title'),
    areas: hasProposals ? t('intake.areas.title') : t('intake.areas.titleNone'),
    contact: signedInEmail ? t('intake.contact.signedInTitle') : t('intake.contact.title'),
  };
  const hasErrors = Object.keys(errors).length > 0;

  let body;
  switch (draft.step) {
    case 'comune':
      body = (
        <>
          {!hasMoved ? <p className="lead">{t('intake.intro')}</p> : null}
          <ComuneCombobox
            label={t('intake.comune.label')}
            hint={t('intake.comune.hint')}
            initialText={draft.comune?.label ?? ''}
            error={errorFor('comuneIstat')}
            onSelect={(c) => {
              sender.clearFieldError('comuneIstat');
              setErrors({});
              update({ comune: { istat: c.istat, label: comuneLabel(c) } });
            }}
            onClear={() => update({ comune: null })}
          />
        </>
      );
      break;
    case 'sector':
      body = <StepSector draft={draft} update={edit} errorFor={errorFor} />;
      break;
    case 'people':
      body = (
        <RadioCards
          name="people"
          legend={t('intake.people.legend')}
          options={PEOPLE_BANDS.map((b) => ({ value: b.key, label: t(`intake.people.bands.${b.key}`) }))}
          value={draft.people}
          onChange={(v) => edit({ people: PEOPLE_BANDS.find((b) => b.key === v)?.key ?? null })}
          error={errorFor('employees')}
        />
      );
      break;
    case 'text':
      body = (
        <>
          <StepText draft={draft} update={edit} errorFor={(f) => errorFor(f) ?? (f === 'text' ? reader.error ?? undefined : undefined)} isReading={reader.isReading} isWaiting={reader.isWaiting} />
        </>
      );
      break;
    case 'areas':
      body = <StepAreas draft={draft} update={edit} errorFor={errorFor} />;
      break;
    case 'contact':
      body =
        me === undefined ? (
          <Loading />
        ) : (
          <StepContact draft={draft} update={edit} errorFor={errorFor} signedInEmail={signedInEmail} />
        );
      break;
  }

  const isContact = draft.step === 'contact';
  return (
    <StepFrame
      index={index}
      total={STEPS.length}
      title={titles[draft.step]}
      shouldFocus={hasMoved}
      onBack={back}
      onNext={next}
      nextLabel={isContact ? t('intake.contact.send') : undefined}
      isBusy={reader.isReading || sender.isSending || (isContact && (me === undefined || Boolean(draft.outbox)))}
      after={
        <>
          <FormStatus kind="error" message={hasErrors ? t('form.fixErrors') : (sender.formError ?? null)} />
          <div aria-live="polite" className="send-status">
            {sender.isSending ? <Loading label={t('intake.contact.sending')} /> : null}
            {sender.isWaiting ? (
              <div className="notice notice-info">
                <p>{t('intake.contact.offline')}</p>
                {sender.isOnline ? (
                  <button type="button" className="btn btn-secondary" onClick={sender.retry}>
                    {t('intake.contact.retryNow')}
                  </button>
                ) : null}
              </div>
            ) : null}
          </div>
          <p className="muted small">{t('intake.savedHere')}</p>
        </>
      }
    >
      {body}
    </StepFrame>
  );
}

import { useTranslation } from 'react-i18next';
import { CONSENT_TEXT } from '../../../../../src/shared/consent';
import { RadioCards } from '../../../components/ui/radio-cards';
import { TextField } from '../../../components/ui/text-field';
import type { TDraft } from '../api/draft';
import type { TUpdateDraft } from '../hooks/use-intake-draft';

type TProps = {
  draft: TDraft;
  update: TUpdateDraft;
  errorFor: (field: string) => string | undefined;
  signedInEmail: string | null;
};

/** The end: how to answer (an account by e-mail link, or a call back) and the consent. */
export function StepContact({ draft, update, errorFor, signedInEmail }: TProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'it';
  const consentError = errorFor('consent.accepted') ?? errorFor('consent');

  return (
    <>
      {signedInEmail ? (
        <p>{t('intake.contact.signedIn', { email: signedInEmail })}</p>
      ) : (
        <>
          <RadioCards
            name="contact-mode"
            legend={t('intake.contact.legend')}
            isLegendHidden
            options={[
              { value: 'account', label: t('intake.contact.account'), hint: t('intake.contact.accountHint') },
              { value: 'callback', label: t('intake.contact.callback'), hint: t('intake.contact.callbackHint') },
            ]}
            value={draft.contactMode}
            onChange={(v) => update({ contactMode: v === 'account' ? 'account' : 'callback' })}
            error={errorFor('contactMode') ?? errorFor('contact.kind') ?? errorFor('contact')}
          />
          {draft.contactMode === 'account' ? (
            <TextField
              id="contact-email"
              label={t('intake.contact.email')}
              hint={t('intake.contact.accountEmailHint')}
              type="email"
              inputMode="email"
              autoComplete="email"
              value={draft.email}
              onChange={(email) => update({ email })}
              error={errorFor('contact.email')}
            />
          ) : null}
          {draft.contactMode === 'callback' ? (
            <>
              <TextField
                id="contact-name"
                label={t('intake.contact.name')}
                autoComplete="name"
                value={draft.name}
                onChange={(name) => update({ name })}
                error={errorFor('contact.name')}
              />
              <p className="field-hint">{t('intake.contact.phoneOrEmailHint')}</p>
              <TextField
                id="contact-phone"
                label={t('intake.contact.phone')}
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                value={draft.phone}
                onChange={(phone) => update({ phone })}
                error={errorFor('contact.phone')}
              />
              <TextField
                id="contact-email"
                label={t('intake.contact.emailOptional')}
                type="email"
                inputMode="email"
                autoComplete="email"
                value={draft.email}
                onChange={(email) => update({ email })}
                error={errorFor('contact.email')}
              />
            </>
          ) : null}
        </>
      )}
      <div className={consentError ? 'consent field-invalid' : 'consent'}>
        <p className="consent-text" id="consent-text" lang={lng}>
          {CONSENT_TEXT[lng]}
        </p>
        <label htmlFor="consent" className="card-choice">
          <input
            id="consent"
            type="checkbox"
            checked={draft.hasConsent}
            onChange={(e) => update({ hasConsent: e.target.checked })}
            aria-describedby={consentError ? 'consent-text consent-error' : 'consent-text'}
            aria-invalid={consentError ? true : undefined}
          />
          <span className="card-choice-label">{t('intake.contact.consent')}</span>
        </label>
        {consentError ? (
          <p className="field-error" id="consent-error">
            {consentError}
          </p>
        ) : null}
      </div>
    </>
  );
}

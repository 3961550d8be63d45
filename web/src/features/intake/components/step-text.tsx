import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { TextArea } from '../../../components/ui/text-area';
import { TEXT_MAX, type TDraft } from '../api/draft';
import type { TUpdateDraft } from '../hooks/use-intake-draft';

type TProps = {
  draft: TDraft;
  update: TUpdateDraft;
  errorFor: (field: string) => string | undefined;
  isReading: boolean;
  isWaiting: boolean;
};

/** "Cosa non va? Cosa vorresti cambiare?": the person's own words. */
export function StepText({ draft, update, errorFor, isReading, isWaiting }: TProps) {
  const { t } = useTranslation();
  const n = draft.text.length;
  return (
    <>
      <TextArea
        id="ascolto-text"
        label={t('intake.text.label')}
        hint={t('intake.text.hint')}
        placeholder={t('intake.text.placeholder')}
        rows={8}
        maxLength={TEXT_MAX}
        value={draft.text}
        onChange={(text) => update({ text, isAnalysePending: false })}
        error={errorFor('text')}
      />
      {n > TEXT_MAX - 400 ? (
        <p className="field-hint" aria-live="polite">
          {t('intake.text.count', { count: n, max: TEXT_MAX })}
        </p>
      ) : null}
      <div aria-live="polite">
        {isReading ? <Loading label={t('intake.text.reading')} /> : null}
        {isWaiting ? <p className="notice notice-info">{t('intake.text.offline')}</p> : null}
      </div>
    </>
  );
}

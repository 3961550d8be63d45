import { useTranslation } from 'react-i18next';

type TProps = { message: string; onRetry?: () => void };

/** A visible error with an optional "try again" button. */
export function ErrorNotice({ message, onRetry }: TProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

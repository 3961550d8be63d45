import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { trapPagePath, type TRequestWarning } from '../api';

/**
 * After an ascolto: "Attenzione a", in plain words, for the traps the person's words speak of —
 * what to ask before signing, or what to do if they already did. Never a sales pitch.
 */
export function FollowUpWarnings({ warnings }: { warnings: TRequestWarning[] | undefined }) {
  const { t } = useTranslation();
  if (!warnings?.length) return null;
  return (
    <section className="notice follow-up-warnings" aria-labelledby="follow-up-warnings-h">
      <h2 id="follow-up-warnings-h">{t('traps.followUp.title')}</h2>
      <p>{t('traps.followUp.lead')}</p>
      {warnings.slice(0, 3).map((w) => (
        <div key={w.slug}>
          <h3>{w.title}</h3>
          <p>{w.summary}</p>
          <p>
            <strong>{w.stage === 'signed' ? t('traps.followUp.ifSigned') : t('traps.followUp.askBefore')}</strong>
          </p>
          <ul>
            {w.nextSteps.slice(0, 3).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p>
            <Link to={trapPagePath(w.slug)}>{t('traps.followUp.readMore')}</Link>
          </p>
        </div>
      ))}
    </section>
  );
}

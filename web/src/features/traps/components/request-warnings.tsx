import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../../lib/use-api';
import { requestWarningsPath, trapPagePath, type TRequestWarning } from '../api';

/**
 * "Attenzione a" beside an ascolto request, for its sportello's coordinators and its angel: the
 * warnings the person's words speak of, with those words quoted, and whether they already
 * signed. Nothing at all when none matched or the reader may not see them (the API says 404).
 *
 * @example <RequestWarnings requestId={request.id} />
 */
export function RequestWarnings({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { data } = useApi<{ items: TRequestWarning[] }>(requestWarningsPath(requestId));
  if (!data || data.items.length === 0) return null;
  const headingId = `request-warnings-${requestId}`;
  return (
    <section className="notice request-warnings" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('traps.request.title', { count: data.items.length })}</h3>
      <ul>
        {data.items.map((w) => (
          <li key={w.slug}>
            <Link to={trapPagePath(w.slug)}>
              <strong>{w.title}</strong>
            </Link>{' '}
            <span className="badge">{t(`traps.stage.${w.stage}`)}</span>
            {w.evidence.map((words) => (
              <blockquote key={words} className="small">
                {t('traps.request.quote', { words })}
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

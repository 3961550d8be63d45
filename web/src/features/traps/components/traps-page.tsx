import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { useSession } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { Link } from 'react-router-dom';
import { TRAPS_API_PATH, type TTrapView } from '../api';
import { TrapListItem } from './trap-list-item';

/** /attenzione: the traps many small businesses meet, drawn by the server for everyone. */
export default function TrapsPage() {
  const { t } = useTranslation();
  usePageTitle(t('traps.list.title'));
  const { data, error, reload } = useApi<{ items: TTrapView[] }>(TRAPS_API_PATH);
  const { me } = useSession();
  return (
    <section className="page narrow" aria-labelledby="traps-h">
      <h1 id="traps-h">{t('traps.list.title')}</h1>
      <p className="lead">{t('traps.list.lead')}</p>
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.items.length === 0 ? <p>{t('traps.list.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="item-list traps-list">
          {data.items.map((trap) => (
            <TrapListItem key={trap.id} slug={trap.slug} title={trap.title} summary={trap.summary} />
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('traps.list.notSelling')}</p>
      {me && (me.user.isAdmin || me.memberships.length > 0) ? (
        <p>
          <Link to="/attenzione/gestisci">{t('traps.editor.manageLink')}</Link>
        </p>
      ) : null}
    </section>
  );
}

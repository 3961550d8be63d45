import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/use-api';
import { planTrapsPath, type TRequestWarning, type TTrapView } from '../api';
import { TrapListItem } from './trap-list-item';

/**
 * "Attenzione a" on the plan: the warnings the business's own ascolto spoke of, then those
 * linked to the areas it chose. Nothing when there are none.
 */
export function PlanTraps({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const { data } = useApi<{ spoken: TRequestWarning[]; items: TTrapView[] }>(planTrapsPath(businessId));
  if (!data || data.spoken.length + data.items.length === 0) return null;
  return (
    <section className="card plan-traps" aria-labelledby="plan-traps-h">
      <h2 id="plan-traps-h">{t('traps.box.title')}</h2>
      <p className="muted">{t('traps.box.planLead')}</p>
      <ul>
        {data.spoken.map((w) => (
          <TrapListItem key={w.slug} slug={w.slug} title={w.title} summary={t('traps.box.spoken')} />
        ))}
        {data.items.map((trap) => (
          <TrapListItem key={trap.id} slug={trap.slug} title={trap.title} />
        ))}
      </ul>
    </section>
  );
}

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SlotPicker } from '../../../components/slot-picker';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { useApi } from '../../../lib/use-api';
import { slotsPath, type TMatch, type TSlot } from '../api/matching';

/** What the app adds under an angel's card (their declared ties to providers, from the solutions feature). */
export const AngelExtra = createContext<((userId: string) => ReactNode) | null>(null);

/** One angel: initials for a photo, name, comune, why them, and the next free times. */
export function MatchCard({ match, onChoose }: { match: TMatch; onChoose: (slot: TSlot) => void }) {
  const { t } = useTranslation();
  const { angel } = match;
  const [isMore, setIsMore] = useState(false);
  const extra = useContext(AngelExtra);
  const titleId = `angel-${angel.userId}`;
  const moreId = `angel-more-${angel.userId}`;
  return (
    <li className="card match-card">
      <div className="match-head">
        <span className="avatar" aria-hidden="true">
          {angel.initials}
        </span>
        <div>
          <h3 id={titleId}>{angel.name}</h3>
          <p className="muted">{angel.comuneName}</p>
        </div>
      </div>
      <p className="match-presentation">{angel.presentation}</p>
      <p className="section-label">{t('matching.why')}</p>
      <ul className="reasons">
        {match.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="muted small">
        {[angel.modes.map((m) => t(`angels.modes.${m}`)).join(', '), angel.languages.map((l) => t(`angels.languages.${l}`, { defaultValue: l })).join(', ')].filter(Boolean).join(' · ')}
      </p>
      {extra?.(angel.userId)}
      <p className="section-label">{t('matching.nextSlots')}</p>
      {match.nextSlots.length > 0 ? (
        <SlotPicker slots={match.nextSlots} context={angel.name} onChoose={onChoose} />
      ) : (
        <p>{t('matching.noSlots')}</p>
      )}
      <button type="button" className="btn-link" aria-expanded={isMore} aria-controls={moreId} onClick={() => setIsMore((o) => !o)}>
        {isMore ? t('matching.lessSlots') : t('matching.moreSlots')}
        <span className="sr-only"> ({angel.name})</span>
      </button>
      <div id={moreId} hidden={!isMore}>
        {isMore ? <MoreSlots angelUserId={angel.userId} name={angel.name} onChoose={onChoose} /> : null}
      </div>
    </li>
  );
}

function MoreSlots({ angelUserId, name, onChoose }: { angelUserId: string; name: string; onChoose: (slot: TSlot) => void }) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TSlot[] }>(slotsPath(angelUserId, 14));
  if (isLoading && !data) return <Loading />;
  if (error || !data) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;
  if (data.items.length === 0) return <p>{t('matching.noSlots')}</p>;
  return (
    <>
      <p className="muted small">{t('matching.moreSlotsIntro')}</p>
      <SlotPicker slots={data.items} context={name} onChoose={onChoose} />
    </>
  );
}

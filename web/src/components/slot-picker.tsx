import { useTranslation } from 'react-i18next';
import { formatRomeDay, formatRomeTime, romeDayKey } from '../lib/rome-time';

export type TSlot = { startsAt: string; endsAt: string };

type TProps = {
  slots: TSlot[];
  onChoose: (slot: TSlot) => void;
  /** The slot already picked, shown pressed. */
  chosen?: string | null;
  /** Words read before each time by screen readers, e.g. the angel's name. */
  context?: string;
  isDisabled?: boolean;
};

/**
 * Free times as big buttons, one row per day, in Italian time. Shared by the match cards
 * and by "change the meeting".
 * @example <SlotPicker slots={items} onChoose={(s) => setSlot(s)} />
 */
export function SlotPicker({ slots, onChoose, chosen, context, isDisabled }: TProps) {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const days = new Map<string, TSlot[]>();
  for (const s of slots) {
    const key = romeDayKey(s.startsAt);
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return (
    <ul className="slot-days">
      {[...days.entries()].map(([key, daySlots]) => {
        const day = formatRomeDay(daySlots[0]!.startsAt, lng);
        return (
          <li key={key} className="slot-day">
            <p className="slot-day-name" aria-hidden="true">
              {day}
            </p>
            <ul className="slot-list">
              {daySlots.map((s) => (
                <li key={s.startsAt}>
                  <button
                    type="button"
                    className={chosen === s.startsAt ? 'btn slot-btn is-chosen' : 'btn slot-btn'}
                    aria-pressed={chosen === undefined ? undefined : chosen === s.startsAt}
                    disabled={isDisabled}
                    onClick={() => onChoose(s)}
                  >
                    <span className="sr-only">{`${context ? `${context}, ` : ''}${day}, `}</span>
                    {formatRomeTime(s.startsAt, lng)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

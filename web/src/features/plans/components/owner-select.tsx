import type { Ref } from 'react';
import { OWNERS, type TOwner } from '../api/plans';
import { useWords } from '../hooks/use-words';

type TProps = { id: string; label: string; value: TOwner; onChange: (owner: TOwner) => void; selectRef?: Ref<HTMLSelectElement> };

/**
 * "Chi la fa": the entrepreneur or the angel, as a labelled picker.
 * @example <OwnerSelect id="a-owner" label={t('plans.action.owner')} value={owner} onChange={setOwner} />
 */
export function OwnerSelect({ id, label, value, onChange, selectRef }: TProps) {
  const { t } = useWords();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value as TOwner)}>
        {OWNERS.map((o) => (
          <option key={o} value={o}>
            {t(`plans.ownerLong.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { TRole } from '../../../lib/session';

const ROLES: TRole[] = ['angel', 'coordinator'];

/** Choose "angel" or "coordinator" with two big radio buttons. */
export function RoleRadios({ name, value, onChange }: { name: string; value: TRole; onChange: (r: TRole) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('network.invitations.role')}</legend>
      <div className="choice-row">
        {ROLES.map((r) => (
          <label key={r} className="choice">
            <input type="radio" name={name} value={r} checked={value === r} onChange={() => onChange(r)} />
            <span>{t(`roles.${r}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

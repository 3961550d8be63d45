import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { currentRole, roleHomes, storedRole, storeRole, type THomeRole } from '../lib/role-home';
import type { TMe } from '../lib/session';

/**
 * For a person with several roles: which hat they wear now, and a way to change it. The choice
 * is kept on this device, so `/` and the next sign-in open that role's home.
 */
export function RoleSwitch({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const homes = roleHomes(me);
  if (homes.length < 2) return null;
  const current = currentRole(homes, pathname, storedRole());

  const choose = (role: THomeRole) => {
    storeRole(role);
    const home = homes.find((h) => h.role === role);
    if (home) navigate(home.path);
  };

  return (
    <div className="role-switch">
      <label htmlFor="role-switch">{t('roles.switchLabel')}</label>
      <select id="role-switch" value={current} onChange={(e) => choose(e.target.value as THomeRole)}>
        {homes.map((h) => (
          <option key={h.role} value={h.role}>
            {t(`roles.${h.role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

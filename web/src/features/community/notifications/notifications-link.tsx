import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useApi } from '../../../lib/use-api';
import { unreadCountPath } from './api';

/**
 * "Notifiche" in the main menu with the unread count. Asked once when the page is drawn (the
 * layout remounts it on navigation), never on a timer.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data } = useApi<{ unreadCount: number }>(unreadCountPath);
  const n = data?.unreadCount ?? 0;
  return (
    <NavLink to="/notifiche">
      {t('communityNotify.menu.label')}
      {n > 0 ? (
        <>
          {' '}
          <span className="badge" aria-hidden="true">
            {n > 99 ? '99+' : n}
          </span>
          <span className="sr-only">{t('communityNotify.menu.unread', { count: n })}</span>
        </>
      ) : null}
    </NavLink>
  );
}

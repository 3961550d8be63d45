import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The tab title for a page's own title: "Page · Affianco" (also what the server writes).
 * @example pageTitle(t, t('account.title')) // 'Il tuo profilo · Affianco'
 */
export function pageTitle(t: TFunction, title: string): string {
  return title ? `${title} · ${t('app.name')}` : t('app.name');
}

/**
 * Sets the browser tab title as "Page · Affianco".
 * @example usePageTitle(t('account.title'));
 */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = pageTitle(t, title);
  }, [title, t]);
}

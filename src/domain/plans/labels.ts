import type { TLocale } from '../../shared/locale.js';
import type { TActionStatus, TGoalStatus, TMeetingMode, TOwner, TUnit } from './types.js';

export type TLabel = Readonly<Record<TLocale, string>>;

/** Italian first, in the words the entrepreneur uses (PRODUCT.md, Voice). */
export const ACTION_STATUS_LABELS: Readonly<Record<TActionStatus, TLabel>> = {
  todo: { it: 'da fare', en: 'to do' },
  doing: { it: 'in corso', en: 'in progress' },
  done: { it: 'fatto', en: 'done' },
  blocked: { it: 'bloccato', en: 'blocked' },
};

export const GOAL_STATUS_LABELS: Readonly<Record<TGoalStatus, TLabel>> = {
  active: { it: 'aperto', en: 'open' },
  reached: { it: 'raggiunto', en: 'reached' },
  dropped: { it: 'messo da parte', en: 'set aside' },
};

export const OWNER_LABELS: Readonly<Record<TOwner, TLabel>> = {
  entrepreneur: { it: 'imprenditore', en: 'entrepreneur' },
  angel: { it: 'angel', en: 'angel' },
};

export const MEETING_MODE_LABELS: Readonly<Record<TMeetingMode, TLabel>> = {
  in_person: { it: 'di persona', en: 'in person' },
  phone: { it: 'al telefono', en: 'by phone' },
  video: { it: 'in videochiamata', en: 'video call' },
};

/** The unit as shown beside a figure: '12 recensioni', '€ 300' is left to the number formatter. */
export const UNIT_LABELS: Readonly<Record<TUnit, TLabel>> = {
  '%': { it: '%', en: '%' },
  EUR: { it: 'euro', en: 'euros' },
  clienti: { it: 'clienti', en: 'customers' },
  ordini: { it: 'ordini', en: 'orders' },
  ore: { it: 'ore', en: 'hours' },
  recensioni: { it: 'recensioni', en: 'reviews' },
  visite: { it: 'visite', en: 'visits' },
  kg: { it: 'kg', en: 'kg' },
  pezzi: { it: 'pezzi', en: 'pieces' },
  numero: { it: 'numero', en: 'number' },
};

/**
 * The label of an action status in a language.
 *
 * @example actionStatusLabel('blocked', 'it') // 'bloccato'
 */
export function actionStatusLabel(status: TActionStatus, locale: TLocale): string {
  return ACTION_STATUS_LABELS[status][locale];
}

/**
 * The label of a unit in a language.
 *
 * @example unitLabel('recensioni', 'en') // 'reviews'
 */
export function unitLabel(unit: TUnit, locale: TLocale): string {
  return UNIT_LABELS[unit][locale];
}

import type { TCallAmounts } from './types.js';

/**
 * One of the portal's amounts (a number as a string): `"0"` means not stated, and so does
 * absence. "47479.88" and "47479,88" are both read; anything else is a problem.
 *
 * @example
 *   readAmount('47480'); // { ok: true, value: 47480 }
 *   readAmount('0'); // { ok: true, value: null }
 */
export function readAmount(text: string | undefined): { ok: true; value: number | null } | { ok: false; message: string } {
  if (text === undefined || text.trim() === '') return { ok: true, value: null };
  const value = Number(text.trim().replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(text.trim()) || !Number.isFinite(value)) return { ok: false, message: `"${text}" is not an amount in euro` };
  return { ok: true, value: value === 0 ? null : value };
}

/** Which pairs a min/max check compares, with their portal columns. */
export const AMOUNT_COLUMNS = {
  spendingMin: 'Spesa_Ammessa_min',
  spendingMax: 'Spesa_Ammessa_max',
  grantMin: 'Agevolazione_Concedibile_min',
  grantMax: 'Agevolazione_Concedibile_max',
} as const satisfies Record<keyof TCallAmounts, string>;

/**
 * The option an arrow key moves to in a combobox's list: the first press opens the list on
 * its first (down) or last (up) option, later presses move and wrap at the ends. Null when
 * the key is not an arrow or there is nothing to move to.
 *
 * @example nextActiveOption('ArrowUp', 5, true, 0) // 4
 */
export function nextActiveOption(key: string, count: number, isOpen: boolean, active: number): number | null {
  if (count === 0 || (key !== 'ArrowDown' && key !== 'ArrowUp')) return null;
  const isDown = key === 'ArrowDown';
  if (!isOpen) return isDown ? 0 : count - 1;
  if (isDown) return (active + 1) % count;
  return active <= 0 ? count - 1 : active - 1;
}

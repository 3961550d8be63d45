import { describe, expect, it } from 'vitest';
import { nextActiveOption } from './listbox-keys';

describe('arrow keys in a combobox list', () => {
  it('opens on the first or last option, then moves and wraps', () => {
    expect(nextActiveOption('ArrowDown', 3, false, -1)).toBe(0);
    expect(nextActiveOption('ArrowUp', 3, false, -1)).toBe(2);
    expect(nextActiveOption('ArrowDown', 3, true, 2)).toBe(0);
    expect(nextActiveOption('ArrowUp', 3, true, 0)).toBe(2);
    expect(nextActiveOption('ArrowUp', 3, true, 2)).toBe(1);
  });

  it('does nothing for other keys or an empty list', () => {
    expect(nextActiveOption('Enter', 3, true, 0)).toBeNull();
    expect(nextActiveOption('ArrowDown', 0, true, 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/locale.js';
import { ACTION_STATUS_LABELS, actionStatusLabel, GOAL_STATUS_LABELS, MEETING_MODE_LABELS, OWNER_LABELS, UNIT_LABELS, unitLabel } from './labels.js';
import { ACTION_STATUSES, GOAL_STATUSES, MEETING_MODES, OWNERS, UNITS } from './types.js';

describe('labels', () => {
  it('name the action statuses as the product does: da fare, in corso, fatto, bloccato', () => {
    expect(ACTION_STATUSES.map((s) => actionStatusLabel(s, 'it'))).toEqual(['da fare', 'in corso', 'fatto', 'bloccato']);
  });

  it.each([
    ['action statuses', ACTION_STATUSES, ACTION_STATUS_LABELS],
    ['goal statuses', GOAL_STATUSES, GOAL_STATUS_LABELS],
    ['owners', OWNERS, OWNER_LABELS],
    ['meeting modes', MEETING_MODES, MEETING_MODE_LABELS],
    ['units', UNITS, UNIT_LABELS],
  ] as const)('cover every one of the %s in both languages', (_what, keys, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...keys].sort());
    for (const key of keys) for (const locale of LOCALES) expect((labels as Record<string, Record<string, string>>)[key]?.[locale]?.trim()).toBeTruthy();
  });

  it('translate units', () => {
    expect(unitLabel('recensioni', 'en')).toBe('reviews');
    expect(unitLabel('clienti', 'it')).toBe('clienti');
  });
});

import { describe, expect, it } from 'vitest';
import { validateAction, validateGoal, validateMeetingLogEntry, validateReading } from './validate.js';

const today = '2026-11-20';
const goal = {
  title: 'Farti trovare su Google Maps',
  indicator: { name: 'Recensioni su Google', unit: 'recensioni', baseline: 4, target: 14, current: 4, byDate: '2027-02-20' },
};
const withIndicator = (patch: Record<string, unknown>) => ({ ...goal, indicator: { ...goal.indicator, ...patch } });

describe('validateGoal', () => {
  it('accepts a goal in plain words with a measurable indicator', () => {
    expect(validateGoal(goal, { today })).toEqual([]);
  });

  it('accepts a goal to bring a figure down (costs), and a goal without a current value yet', () => {
    expect(validateGoal(withIndicator({ unit: 'EUR', baseline: 800, target: 600 }), { today })).toEqual([]);
    expect(validateGoal({ ...goal, indicator: { ...goal.indicator, current: undefined } }, { today })).toEqual([]);
  });

  it('refuses an empty title and one made of spaces', () => {
    expect(validateGoal({ ...goal, title: '' }, { today })).toEqual([{ field: 'title', code: 'empty' }]);
    expect(validateGoal({ ...goal, title: '   ' }, { today })).toEqual([{ field: 'title', code: 'empty' }]);
    expect(validateGoal({ ...goal, title: undefined }, { today })).toEqual([{ field: 'title', code: 'required' }]);
    expect(validateGoal({ ...goal, title: 'x'.repeat(161) }, { today })).toEqual([{ field: 'title', code: 'too_long' }]);
  });

  it('refuses a target equal to the baseline: there would be nothing to reach', () => {
    expect(validateGoal(withIndicator({ target: 4 }), { today })).toEqual([{ field: 'indicator.target', code: 'target_equals_baseline' }]);
  });

  it('refuses an indicator with a target in another unit', () => {
    expect(validateGoal(withIndicator({ target: { value: 14, unit: 'EUR' } }), { today })).toEqual([{ field: 'indicator.target', code: 'unit_mismatch' }]);
  });

  it('accepts figures that name the indicator’s own unit, and checks current and baseline too', () => {
    expect(validateGoal(withIndicator({ target: { value: 14, unit: 'recensioni' } }), { today })).toEqual([]);
    expect(validateGoal(withIndicator({ current: { value: 5, unit: 'clienti' }, baseline: { value: 4, unit: '%' } }), { today })).toEqual([
      { field: 'indicator.baseline', code: 'unit_mismatch' },
      { field: 'indicator.current', code: 'unit_mismatch' },
    ]);
  });

  it('refuses a unit outside the list and negative counts, but allows negative euros (a loss)', () => {
    expect(validateGoal(withIndicator({ unit: 'litri' }), { today })).toEqual([{ field: 'indicator.unit', code: 'invalid' }]);
    expect(validateGoal(withIndicator({ baseline: -1 }), { today })).toEqual([{ field: 'indicator.baseline', code: 'out_of_range' }]);
    expect(validateGoal(withIndicator({ unit: 'EUR', baseline: -500, target: 0, current: -500 }), { today })).toEqual([]);
  });

  it('refuses a deadline already past at creation, not when an old goal is edited', () => {
    expect(validateGoal(withIndicator({ byDate: '2026-11-19' }), { today })).toEqual([{ field: 'indicator.byDate', code: 'due_in_past' }]);
    expect(validateGoal(withIndicator({ byDate: today }), { today })).toEqual([]);
    expect(validateGoal(withIndicator({ byDate: '2026-11-19' }), { today, isCreation: false })).toEqual([]);
    expect(validateGoal(withIndicator({ byDate: '2026-02-30' }), { today })).toEqual([{ field: 'indicator.byDate', code: 'invalid' }]);
  });

  it('reports every missing field of an empty input, in form order', () => {
    expect(validateGoal(undefined, { today })).toEqual([
      { field: 'title', code: 'required' },
      { field: 'indicator', code: 'required' },
    ]);
    expect(validateGoal({ title: 'Ok', indicator: {} }, { today }).map((p) => p.field)).toEqual([
      'indicator.name',
      'indicator.unit',
      'indicator.baseline',
      'indicator.target',
      'indicator.byDate',
    ]);
  });
});

describe('validateAction', () => {
  const action = { title: 'Apri la scheda Google della tua attività', owner: 'entrepreneur', dueDate: '2026-11-27', status: 'todo', linkedLessonId: null };

  it('links a Metodo Pop lesson by its code or a template by its web address, nothing else', () => {
    const ok = (link: unknown) => validateAction({ ...action, linkedLessonId: link }, { today, isCreation: true });
    expect(ok('prezzo-giusto-2')).toEqual([]);
    expect(ok('https://www.camcom.it/modelli/piano-marketing.pdf')).toEqual([]);
    for (const bad of ['javascript:alert(1)', 'ftp://example.org/x', 'https://localhost', 'Prezzo giusto', '', `https://example.org/${'a'.repeat(500)}`, 12]) {
      expect(ok(bad)).toEqual([{ field: 'linkedLessonId', code: 'invalid_link' }]);
    }
  });

  it('links a funding call by its id (a uuid) or none', () => {
    const ok = (link: unknown) => validateAction({ ...action, linkedCallId: link }, { today, isCreation: true });
    expect(ok('6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b')).toEqual([]);
    expect(ok(null)).toEqual([]);
    for (const bad of ['voucher-digitale-1579', 12, '6f1d2c3b']) expect(ok(bad)).toEqual([{ field: 'linkedCallId', code: 'invalid' }]);
  });

  it('accepts an action with or without a due date', () => {
    expect(validateAction(action, { today, isCreation: true })).toEqual([]);
    expect(validateAction({ ...action, dueDate: null }, { today, isCreation: true })).toEqual([]);
  });

  it('refuses an empty title and an unknown owner or status', () => {
    expect(validateAction({ ...action, title: ' ', owner: 'boss', status: 'forse' }, { today, isCreation: true })).toEqual([
      { field: 'title', code: 'empty' },
      { field: 'owner', code: 'invalid' },
      { field: 'status', code: 'invalid' },
    ]);
  });

  it('refuses a due date in the past at creation only: later it is just late', () => {
    expect(validateAction({ ...action, dueDate: '2026-11-01' }, { today, isCreation: true })).toEqual([{ field: 'dueDate', code: 'due_in_past' }]);
    expect(validateAction({ ...action, dueDate: '2026-11-01' }, { today, isCreation: false })).toEqual([]);
  });
});

describe('validateReading', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  it('accepts a number in the indicator’s unit, with or without the unit named', () => {
    expect(validateReading({ value: 7, at: '2026-11-20T10:00:00Z' }, { unit: 'recensioni', now })).toEqual([]);
    expect(validateReading({ value: 7, unit: 'recensioni', at: '2026-11-20T10:00:00Z' }, { unit: 'recensioni', now })).toEqual([]);
  });

  it('refuses a reading that names another unit', () => {
    expect(validateReading({ value: 300, unit: 'EUR', at: '2026-11-20T10:00:00Z' }, { unit: 'ordini', now })).toEqual([{ field: 'value', code: 'unit_mismatch' }]);
  });

  it('refuses a reading from the future, beyond a few minutes of clock drift', () => {
    expect(validateReading({ value: 7, at: '2026-11-20T12:03:00Z' }, { unit: 'recensioni', now })).toEqual([]);
    expect(validateReading({ value: 7, at: '2026-11-21T10:00:00Z' }, { unit: 'recensioni', now })).toEqual([{ field: 'at', code: 'in_future' }]);
    expect(validateReading({ value: Number.NaN, at: 'ieri' }, { unit: 'recensioni', now })).toEqual([
      { field: 'value', code: 'invalid' },
      { field: 'at', code: 'invalid' },
    ]);
  });
});

describe('validateMeetingLogEntry', () => {
  const entry = { date: '2026-11-20', mode: 'in_person', durationMinutes: 60, notes: 'Visita in negozio', decisions: '', nextSteps: ['Foto della vetrina'], hours: 1.5 };

  it('accepts a meeting of today with empty notes', () => {
    expect(validateMeetingLogEntry(entry, { today })).toEqual([]);
  });

  it.each([
    [{ durationMinutes: 0 }, 'durationMinutes'],
    [{ durationMinutes: 721 }, 'durationMinutes'],
    [{ hours: -1 }, 'hours'],
    [{ hours: 25 }, 'hours'],
    [{ hours: 1.1 }, 'hours'],
    [{ nextSteps: Array.from({ length: 21 }, () => 'passo') }, 'nextSteps'],
  ])('refuses durations and hours out of range: %o', (patch, field) => {
    expect(validateMeetingLogEntry({ ...entry, ...patch }, { today })).toEqual([{ field, code: 'out_of_range' }]);
  });

  it('refuses a meeting in the future, an unknown mode and a blank next step', () => {
    expect(validateMeetingLogEntry({ ...entry, date: '2026-11-21', mode: 'fax', nextSteps: ['ok', ' '] }, { today })).toEqual([
      { field: 'date', code: 'in_future' },
      { field: 'mode', code: 'invalid' },
      { field: 'nextSteps.1', code: 'empty' },
    ]);
  });
});

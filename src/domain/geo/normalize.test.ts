import { describe, expect, it } from 'vitest';
import { compactName, normalizeName } from './normalize.js';

describe('normalizeName', () => {
  it('lowers case and strips accents', () => {
    expect(normalizeName('Forlì')).toBe('forli');
    expect(normalizeName('FORLÌ')).toBe('forli');
    expect(normalizeName('Cefalù')).toBe('cefalu');
    expect(normalizeName('Pré-Saint-Didier')).toBe('pre saint didier');
  });

  it('unifies apostrophes, hyphens, slashes and repeated spaces', () => {
    expect(normalizeName("Sant'Angelo Lodigiano")).toBe('sant angelo lodigiano');
    expect(normalizeName('Sant’Angelo   Lodigiano')).toBe('sant angelo lodigiano');
    expect(normalizeName('sant angelo-lodigiano ')).toBe('sant angelo lodigiano');
    expect(normalizeName('Bolzano/Bozen')).toBe('bolzano bozen');
    expect(normalizeName('Montan an der Weinstraße')).toBe('montan an der weinstrasse');
  });

  it('keeps digits and returns an empty key for punctuation only', () => {
    expect(normalizeName('  -- ')).toBe('');
    expect(normalizeName('Zona 2')).toBe('zona 2');
  });

  it('compacts spaces away for run-together spellings', () => {
    expect(compactName(normalizeName("Sant'Angelo"))).toBe(compactName(normalizeName('santangelo')));
  });
});

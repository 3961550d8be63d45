import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import itCatalogue from './it.json';
import { TRANSLATOR_OPTIONS } from './index';

type TTree = { [key: string]: string | TTree };

function leaves(tree: TTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe.each([
  ['it', itCatalogue as TTree],
  ['en', en as TTree],
])('%s catalogue', (_lng, catalogue) => {
  it('writes every {{count}} through plural keys, each with its _one and _other', () => {
    const all = leaves(catalogue);
    const keys = new Set(all.map(([key]) => key));
    // A count interpolated into a plain key reads "1 imprese": i18next picks a form only for plural keys.
    expect(all.filter(([key, text]) => text.includes('{{count}}') && !PLURAL.test(key)).map(([key]) => key)).toEqual([]);
    const stems = new Set(all.map(([key]) => key).filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
    for (const stem of stems) {
      expect(keys.has(`${stem}_one`), `${stem}_one`).toBe(true);
      expect(keys.has(`${stem}_other`), `${stem}_other`).toBe(true);
    }
  });
});

describe('Italian counts', () => {
  const t = i18next.createInstance();
  void t.init({ ...TRANSLATOR_OPTIONS, lng: 'it', resources: { it: { translation: itCatalogue } } });

  it('say one business, one character, one point', () => {
    expect(t.t('angels.home.cases', { count: 1, capacity: 5 })).toBe('Segui 1 impresa su 5.');
    expect(t.t('angels.home.cases', { count: 2, capacity: 5 })).toBe('Segui 2 imprese su 5.');
    expect(t.t('network.angels.cases', { count: 1, capacity: 3 })).toBe('Segue 1 impresa su 3');
    expect(t.t('intake.text.count', { count: 1, max: 2000 })).toBe('1 carattere su 2000');
    expect(t.t('plans.checkpoint.up', { count: 1, n: 1 })).toBe('+1 punto');
    expect(t.t('plans.checkpoint.down', { count: 3, n: 3 })).toBe('−3 punti');
    expect(t.t('checkup.report.peersCount', { count: 1, region: 'Lombardia' })).toBe("Un'impresa come la tua in Lombardia.");
  });
});

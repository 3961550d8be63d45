import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildComuneIndex } from './comune-index.js';

const sample = [
  { istat: '098031', name: 'Lodi' },
  { istat: '098061', name: 'Lodi Vecchio' },
  { istat: '098049', name: "Sant'Angelo Lodigiano" },
  { istat: '040012', name: 'Forlì' },
  { istat: '040013', name: 'Forlimpopoli' },
  { istat: '087020', name: 'Fiumefreddo di Sicilia' },
  { istat: '021008', name: 'Bolzano/Bozen' },
  { istat: '001235', name: 'Samone' },
  { istat: '022165', name: 'Samone' },
  { istat: '071047', name: "Monte Sant'Angelo" },
];
const names = (list: { name: string }[]) => list.map((c) => c.name);

describe('buildComuneIndex', () => {
  const index = buildComuneIndex(sample);

  it('puts the exact name first, then longer names starting with it, then word matches', () => {
    expect(names(index.search('lodi'))).toEqual(['Lodi', 'Lodi Vecchio', "Sant'Angelo Lodigiano"]);
  });

  it('matches without accents, with either spelling of the apostrophe', () => {
    expect(index.search('forli')[0]?.istat).toBe('040012');
    expect(index.search('FORLÌ')[0]?.istat).toBe('040012');
    expect(names(index.search('forl'))).toEqual(['Forlì', 'Forlimpopoli']);
    expect(names(index.search("sant'angelo"))).toEqual(["Sant'Angelo Lodigiano", "Monte Sant'Angelo"]);
    expect(names(index.search('sant angelo lod'))).toEqual(["Sant'Angelo Lodigiano"]);
    expect(names(index.search('santangelo'))).toEqual(["Sant'Angelo Lodigiano", "Monte Sant'Angelo"]);
  });

  it('finds a word inside the name, including the second language', () => {
    expect(names(index.search('angelo lodi'))).toEqual(["Sant'Angelo Lodigiano"]);
    expect(names(index.search('bozen'))).toEqual(['Bolzano/Bozen']);
  });

  it('returns both homonyms in code order and honours the limit', () => {
    expect(index.search('samone').map((c) => c.istat)).toEqual(['001235', '022165']);
    expect(index.search('lodi', 1)).toHaveLength(1);
    expect(index.search('  ')).toEqual([]);
    expect(index.search('zzz')).toEqual([]);
  });

  it('looks up by ISTAT code', () => {
    expect(index.get('098031')?.name).toBe('Lodi');
    expect(index.get('999999')).toBeUndefined();
    expect(index.size).toBe(sample.length);
  });
});

describe('buildComuneIndex over the shipped list', () => {
  const all = JSON.parse(fs.readFileSync(new URL('../../../resources/geo/comuni.json', import.meta.url), 'utf8')) as {
    istat: string;
    name: string;
  }[];
  const index = buildComuneIndex(all);

  it('ranks the real Forlì and Lodi first', () => {
    expect(index.search('forli')[0]?.istat).toBe('040012');
    const lodi = names(index.search('lodi'));
    expect(lodi[0]).toBe('Lodi');
    expect(lodi[1]).toBe('Lodi Vecchio');
  });

  it('short prefixes give full, ordered pages', () => {
    const page = index.search('s', 50);
    expect(page).toHaveLength(50);
    const lengths = page.map((c) => c.name.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(6);
  });
});

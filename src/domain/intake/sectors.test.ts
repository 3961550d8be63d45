import { describe, expect, it } from 'vitest';
import { ATECO_DIVISIONS } from '../geo/ateco.js';
import { findSector, PLAIN_SECTORS } from './sectors.js';
import { SECTOR_CHOICES } from '../../shared/plain-sectors.js';

describe('PLAIN_SECTORS', () => {
  it('has about twenty sectors with unique kebab-case ids and both labels', () => {
    expect(PLAIN_SECTORS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(PLAIN_SECTORS.map((s) => s.id)).size).toBe(PLAIN_SECTORS.length);
    for (const s of PLAIN_SECTORS) {
      expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(s.label.it.length).toBeGreaterThan(0);
      expect(s.label.en.length).toBeGreaterThan(0);
    }
  });

  it('points every sector to a real ATECO 2025 division', () => {
    const codes = new Set(ATECO_DIVISIONS.map((d) => d.code));
    for (const s of PLAIN_SECTORS) expect(codes.has(s.division), `${s.id} ${s.division}`).toBe(true);
  });

  it('maps the everyday sectors of the brief', () => {
    const division = (id: string) => PLAIN_SECTORS.find((s) => s.id === id)?.division;
    expect(division('bar-ristorante')).toBe('56');
    expect(division('negozio')).toBe('47');
    expect(division('azienda-agricola')).toBe('01');
    expect(division('produzione-alimentare')).toBe('10');
    expect(division('parrucchiere-estetista')).toBe('96');
    expect(division('albergo-bnb')).toBe('55');
    expect(division('edilizia-impianti')).toBe('43');
    expect(division('informatica-web')).toBe('62');
    expect(division('agenzia-viaggi')).toBe('79');
  });
});

describe('findSector', () => {
  it('finds a sector from everyday words in any form', () => {
    expect(findSector('Ho un bar')?.id).toBe('bar-ristorante');
    expect(findSector('ristoranti')?.id).toBe('bar-ristorante');
    expect(findSector('parrucchiera')?.id).toBe('parrucchiere-estetista');
    expect(findSector('Panificio')?.division).toBe('10');
    expect(findSector('idraulico')?.division).toBe('43');
    expect(findSector('carrozzeria')?.division).toBe('95');
    expect(findSector('B&B')?.division).toBe('55');
    expect(findSector('agriturismo')?.division).toBe('55');
  });

  it('reads English labels and a word being typed', () => {
    expect(findSector('Hairdresser')?.division).toBe('96');
    expect(findSector('falegn')?.id).toBe('falegnameria');
  });

  it('prefers the sector matching more words', () => {
    expect(findSector('negozio di scarpe')?.id).toBe('negozio');
    expect(findSector('calzaturificio pelle')?.id).toBe('pelle-calzature');
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(findSector('')).toBeUndefined();
    expect(findSector('   ')).toBeUndefined();
    expect(findSector('zzzz qwerty')).toBeUndefined();
  });
});

describe('the sector choices the web draws without the API', () => {
  it('are the plain sectors, ids and labels, in the same order', () => {
    expect(SECTOR_CHOICES).toEqual(PLAIN_SECTORS.map((s) => ({ id: s.id, label: s.label })));
  });
});

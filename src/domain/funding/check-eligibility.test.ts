import { describe, expect, it } from 'vitest';
import { realRecord, shippedComuneLookup } from '../../test/funding-snapshot.js';
import { checkEligibility } from './check-eligibility.js';
import { normalizeIncentiviRecord } from './normalize-incentivi.js';
import { readOwnCall } from './own-call.js';
import type { TBusiness, TCall, TReason } from './types.js';

function real(id: string): TCall {
  const result = normalizeIncentiviRecord(realRecord(id), { comuni: shippedComuneLookup() });
  if (!result.ok) throw new Error(id);
  return result.call;
}

/** A small restaurant in Udine, three people. */
const udine: TBusiness = { comuneIstat: '030129', regionCode: '06', atecoCode: '56.10.11', employees: 3, annualTurnoverEur: 180_000 };
/** A farm near Pescara. */
const pescara: TBusiness = { comuneIstat: '068028', regionCode: '13', atecoCode: '01.11.10', employees: 2, annualTurnoverEur: 90_000 };

const texts = (r: { reasons: { text: string }[] }) => r.reasons.map((x) => x.text);
const byCode = (r: { reasons: TReason[] }, code: string) => r.reasons.find((x) => x.code === code);

describe('checkEligibility on real calls', () => {
  it('says yes, rule by rule, to the Art bonus FVG for a business of Udine (1579)', () => {
    const result = checkEligibility(udine, real('1579'), '2025-07-12');
    expect(result).toMatchObject({ verdict: 'eligible', status: 'open', missing: [] });
    expect(texts(result)).toEqual([
      'È aperto fino al 30 ottobre 2030.',
      'Vale per le imprese del Friuli-Venezia Giulia: va bene.',
      'Va bene per imprese di ogni dimensione.',
      'Va bene per tutti i settori.',
      `Da verificare sul bando: anni di attività, forma giuridica, quota delle spese coperta, documenti da presentare e regime de minimis. Leggilo qui: ${real('1579').link}`,
    ]);
    expect(result.reasons.map((r) => r.ok)).toEqual([true, true, true, true, null]);
  });

  it('says no to a business of Rome: "È solo per imprese del Friuli-Venezia Giulia"', () => {
    const result = checkEligibility({ ...udine, comuneIstat: '058091', regionCode: '12' }, real('1579'), '2025-07-12');
    expect(result.verdict).toBe('not_eligible');
    expect(byCode(result, 'territory.other_region')).toEqual({ code: 'territory.other_region', ok: false, text: 'È solo per imprese del Friuli-Venezia Giulia.' });
  });

  it('says a call is closed the day after its closing (3730, 31 December 2025), in Rome time', () => {
    const result = checkEligibility(pescara, real('3730'), new Date('2025-12-31T23:30:00Z'));
    expect(result).toMatchObject({ verdict: 'not_eligible', status: 'closed' });
    expect(result.reasons[0]).toEqual({ code: 'dates.closed', ok: false, text: 'Chiude il 31 dicembre 2025: è già chiuso.' });
    expect(checkEligibility(pescara, real('3730'), '2025-12-31')).toMatchObject({ verdict: 'eligible', status: 'open' });
  });

  it('says when an upcoming call opens (3730 before 2025)', () => {
    const result = checkEligibility(pescara, real('3730'), '2024-12-01');
    expect(result).toMatchObject({ verdict: 'eligible', status: 'upcoming' });
    expect(result.reasons[0]?.text).toBe('Apre il 1° gennaio 2025 e chiude il 31 dicembre 2025: potrai fare domanda da quel giorno.');
  });

  it('matches the farm’s ATECO code by prefix (3730 lists 01.11) and refuses the restaurant’s', () => {
    expect(byCode(checkEligibility(pescara, real('3730'), '2025-07-12'), 'ateco.ok')).toEqual({ code: 'ateco.ok', ok: true, text: 'Il tuo settore (01.11.10) è tra quelli ammessi.' });
    const restaurant = checkEligibility({ ...pescara, atecoCode: '56.10.11' }, real('3730'), '2025-07-12');
    expect(byCode(restaurant, 'ateco.not_allowed')?.ok).toBe(false);
  });

  it('matches "55.10;" for a hotel and not for a restaurant (463, Friuli-Venezia Giulia)', () => {
    expect(checkEligibility({ ...udine, atecoCode: '55.10.00' }, real('463'), '2025-07-12').verdict).toBe('eligible');
    expect(checkEligibility(udine, real('463'), '2025-07-12').verdict).toBe('not_eligible');
  });

  it('says a rolling desk lasts while there are funds, and finds the comune in the list (171, Salento)', () => {
    const alessano: TBusiness = { comuneIstat: '075002', regionCode: '16', atecoCode: '25.11.00', employees: 20, annualTurnoverEur: 3_000_000 };
    const result = checkEligibility(alessano, real('171'), '2025-07-12');
    expect(result.reasons[0]).toEqual({ code: 'dates.rolling', ok: true, text: 'È a sportello: vale finché ci sono fondi.' });
    expect(byCode(result, 'territory.comune')?.ok).toBe(true);
    expect(byCode(result, 'size.ok')?.text).toBe('Sei una piccola impresa: va bene.');
    expect(result.verdict).toBe('eligible');
  });

  it('keeps a comune outside the matched names to verify when some names were not matched (171)', () => {
    const lecce: TBusiness = { comuneIstat: '075035', regionCode: '16', atecoCode: '25.11.00', employees: 20, annualTurnoverEur: 3_000_000 };
    const result = checkEligibility(lecce, real('171'), '2025-07-12');
    expect(byCode(result, 'territory.comune_unclear')?.text).toBe('È solo per alcuni comuni: controlla sul bando se c’è il tuo.');
    expect(result.verdict).toBe('to_verify');
  });

  it('refuses a comune not in a list matched whole (531, Udine only)', () => {
    const result = checkEligibility({ ...udine, comuneIstat: '030137', employees: 400, annualTurnoverEur: 90_000_000, atecoCode: '93.11' }, real('531'), '2025-07-12');
    expect(byCode(result, 'territory.other_comune')?.ok).toBe(false);
  });

  it('says a micro business is too small for a call of large ones (531)', () => {
    const result = checkEligibility({ ...udine, atecoCode: '93.11.00' }, real('531'), '2025-07-12');
    expect(byCode(result, 'size.not_allowed')?.text).toBe('È solo per grandi imprese: tu sei una micro impresa.');
  });

  it('asks a micro business to check a call for small and medium ones, with no closing date (145)', () => {
    const result = checkEligibility(udine, real('145'), '2025-07-12');
    expect(result).toMatchObject({ verdict: 'to_verify', status: 'unknown' });
    expect(byCode(result, 'size.micro_as_pmi')?.text).toBe('Parla di piccole e medie imprese: chiedi se vale anche per le micro.');
    expect(byCode(result, 'dates.unknown')?.text).toBe('Non c’è una data di chiusura: controlla sul bando se è ancora aperto.');
    expect(byCode(result, 'territory.national')?.ok).toBe(true);
  });

  it('names the facts the business has not given', () => {
    const result = checkEligibility({ comuneIstat: '030129', regionCode: '06' }, real('1757'), '2025-07-12');
    expect(result.verdict).toBe('to_verify');
    expect(result.missing).toEqual(['employees', 'annualTurnoverEur', 'atecoCode']);
    expect(byCode(result, 'size.missing')?.text).toBe('Dipende dalla dimensione dell’impresa. Per saperlo, dicci quante persone lavorano nell’impresa e il fatturato dell’ultimo anno.');
    const nowhere = checkEligibility({ atecoCode: '56.10.11', employees: 3, annualTurnoverEur: 1 }, real('1579'), '2025-07-12');
    expect(nowhere.missing).toEqual(['comuneIstat']);
  });

  it('speaks English when asked', () => {
    const result = checkEligibility({ ...udine, comuneIstat: '058091', regionCode: '12' }, real('531'), '2025-07-12', 'en');
    expect(texts(result).slice(0, 2)).toEqual(['It is open until 31 December 2029.', 'It is only for businesses in Friuli-Venezia Giulia.']);
  });
});

describe('checkEligibility with curated rules', () => {
  const base = {
    id: 'fondo-piccolo-credito-demo',
    title: 'Fondo per il piccolo credito',
    link: 'https://bandi.example.org/piccolo-credito',
    opensOn: '2025-01-01',
    closesOn: '2025-12-31',
    regions: ['12'],
    sizes: 'all',
    ateco: 'all',
    kinds: ['loan'],
    areas: ['finance'],
    rules: [
      { fact: 'minYearsInBusiness', value: 2, sourceUrl: 'https://bandi.example.org/piccolo-credito#requisiti' },
      { fact: 'legalForms', value: ['ditta_individuale', 'snc', 'srl', 'srls'], sourceUrl: 'https://bandi.example.org/piccolo-credito#requisiti' },
    ],
  };
  const read = readOwnCall(base);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const rome: TBusiness = { comuneIstat: '058091', regionCode: '12', atecoCode: '47.11', employees: 2, annualTurnoverEur: 150_000 };

  it('asks for the facts a rule needs', () => {
    const result = checkEligibility(rome, read.call, '2025-07-12');
    expect(result).toMatchObject({ verdict: 'to_verify', missing: ['foundedOn', 'legalForm'] });
    // What the rules cover is no longer in the reminder.
    expect(result.reasons.at(-1)?.text).toBe('Da verificare sul bando: quota delle spese coperta, documenti da presentare e regime de minimis. Leggilo qui: https://bandi.example.org/piccolo-credito');
  });

  it('evaluates years in business and the legal form', () => {
    const ok = checkEligibility({ ...rome, foundedOn: '2020-03-01', legalForm: 'srl' }, read.call, '2025-07-12');
    expect(ok.verdict).toBe('eligible');
    expect(byCode(ok, 'rule.min_years.ok')?.text).toBe('La tua impresa ha almeno 2 anni di attività: va bene.');
    const young = checkEligibility({ ...rome, foundedOn: '2024-09-01', legalForm: 'spa' }, read.call, '2025-07-12');
    expect(young.verdict).toBe('not_eligible');
    expect(byCode(young, 'rule.min_years.not_allowed')?.text).toBe('Servono almeno 2 anni di attività: la tua impresa ne ha 0.');
    expect(byCode(young, 'rule.legal_forms.not_allowed')?.text).toBe('È solo per: ditta individuale, snc, srl o srls.');
  });
});

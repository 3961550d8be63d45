import { describe, expect, it } from 'vitest';
import { csvProblemText } from '../../shared/funding-coord-messages.js';
import { readOwnCallsCsv } from './own-calls-csv.js';

const header = 'Codice;Titolo;Apertura;Chiusura;A_sportello;Regioni;Comuni;Dimensioni;ATECO;Tipo_aiuto;Bisogni;Spesa_min;Spesa_max;Aiuto_min;Aiuto_max;Ente';

describe('readOwnCallsCsv', () => {
  it('reads a row into our own call, with Italian words for sizes and kinds and Italian amounts', () => {
    const read = readOwnCallsCsv(`\uFEFF${header}\nv1;Voucher digitale;2026-01-10;2026-03-31;;03;015146;micro, piccola;47.71;contributo;ecommerce,marketing;1.000;20.000,50;;5000;CCIAA Milano\n`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.calls[0]).toMatchObject({
      id: 'v1',
      source: 'sportello',
      closesDay: '2026-03-31',
      regions: ['03'],
      comuni: { istat: ['015146'], unmatched: [] },
      sizes: ['micro', 'small'],
      ateco: ['47.71'],
      kinds: ['grant'],
      areas: ['ecommerce', 'marketing'],
      amounts: { spendingMin: 1000, spendingMax: 20000.5, grantMin: null, grantMax: 5000 },
      grantingBody: 'CCIAA Milano',
    });
  });

  it('takes "sì" under A_sportello as a rolling call, and no region as national', () => {
    const read = readOwnCallsCsv('Codice,Titolo,A_sportello,Tipo_aiuto,Bisogni\nf1,Fondo,sì,prestito,finance\n');
    expect(read.ok && read.calls[0]).toMatchObject({ closing: 'rolling', national: true, sizes: 'all', ateco: 'all' });
  });

  it('names the row and column of every problem, and refuses the whole file', () => {
    const read = readOwnCallsCsv(`${header}\nv1;Ok;;;;03;;tutte;tutti;contributo;finance;;;;;\nv2;Rotto;2026-05-01;2026-04-01;;03;;enorme;99;contributo;;;;;;\nv1;Doppio;;;;03;;tutte;tutti;contributo;finance;;;;;\nv4;Corta\n`);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => csvProblemText(p, 'it'))).toEqual([
      'riga 3, campo Dimensioni: Le dimensioni di impresa: questo valore non va bene.',
      'riga 4, campo Codice: Il codice v1 è già usato da un altro bando del file.',
      'riga 5: Questa riga ha un numero di celle diverso dall’intestazione.',
    ]);
  });

  it('checks the meaning once the shape is right: dates, ATECO, purpose', () => {
    const read = readOwnCallsCsv(`${header}\nv2;Rotto;2026-05-01;2026-04-01;;03;;tutte;04;contributo;;;;;;\n`);
    expect(!read.ok && read.problems.map((p) => csvProblemText(p, 'en'))).toEqual([
      'row 2, field Chiusura: The closing date comes before the opening date.',
      'row 2, field ATECO: The ATECO code 04 does not exist (ATECO 2025 divisions).',
      'row 2, field Bisogni: Choose at least one need the call serves (for example finance or e-commerce).',
    ]);
  });

  it('refuses a header without Codice or with an unknown column', () => {
    const read = readOwnCallsCsv('Titolo;Scadenza\nx;y\n');
    expect(!read.ok && read.problems.map((p) => csvProblemText(p, 'it'))).toEqual(['riga 1, campo Scadenza: Non conosciamo la colonna "Scadenza".', 'riga 1, campo Codice: Manca la colonna Codice.']);
    expect(readOwnCallsCsv('').ok).toBe(false);
  });
});

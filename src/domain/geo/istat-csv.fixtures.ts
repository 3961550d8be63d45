/**
 * Builds text in the layout of ISTAT's "Elenco-comuni-italiani.csv" for tests; encode it
 * with Buffer.from(text, 'latin1') to get the bytes ISTAT publishes.
 */

export const ISTAT_HEADER = [
  'Codice Regione',
  "Codice dell'Unità territoriale sovracomunale \n(valida a fini statistici)".replace('\n', ''),
  'Codice Provincia (Storico)(1)',
  'Progressivo del Comune (2)',
  'Codice Comune formato alfanumerico',
  'Denominazione (Italiana e straniera)',
  'Denominazione in italiano',
  'Denominazione altra lingua',
  'Codice Ripartizione Geografica',
  'Ripartizione geografica',
  'Denominazione Regione',
  "Denominazione dell'Unità territoriale sovracomunale \n(valida a fini statistici)".replace('\n', ''),
  'Tipologia di Unità territoriale sovracomunale ',
  'Flag Comune capoluogo di provincia/città metropolitana/libero consorzio',
  'Sigla automobilistica',
  'Codice Comune formato numerico',
].join(';');

export interface TIstatFixtureRow {
  istat: string;
  name: string;
  regionCode?: string;
  regionName?: string;
  provinceName?: string;
  sigla?: string;
}

/**
 * One CSV text, CRLF line ends as ISTAT writes them.
 *
 * @example
 *   istatCsvText([{ istat: '040012', name: 'Forlì', regionCode: '08' }]);
 */
export function istatCsvText(rows: TIstatFixtureRow[]): string {
  const lines = rows.map((r) =>
    [
      r.regionCode ?? '03',
      r.istat.slice(0, 3),
      r.istat.slice(0, 3),
      r.istat.slice(3),
      r.istat,
      r.name,
      r.name.split('/')[0],
      r.name.split('/')[1] ?? '',
      '1',
      'Nord-ovest',
      r.regionName ?? 'Lombardia',
      r.provinceName ?? 'Provincia',
      '1',
      '0',
      r.sigla ?? 'XX',
      String(Number(r.istat)),
    ].join(';'),
  );
  return [ISTAT_HEADER, ...lines].join('\r\n') + '\r\n';
}

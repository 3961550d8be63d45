import { normalizeName } from './normalize.js';

/**
 * Reading ISTAT's "Elenco-comuni-italiani.csv": semicolon separated, Latin-1 (windows-1252),
 * one header row in Italian whose footnote marks ("(1)", "(2)") change between releases,
 * so columns are found by name, not by position.
 */

export interface TIstatComuneRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  istat: string;
  /** Official name, both languages where there are two ("Bolzano/Bozen"). */
  name: string;
  italianName: string;
  provinceCode: string;
  provinceName?: string;
  sigla?: string;
  regionCode?: string;
  regionName?: string;
}

export interface TIstatCsvError {
  line: number;
  message: string;
}

export interface TIstatCsvResult {
  rows: TIstatComuneRow[];
  errors: TIstatCsvError[];
  encoding: 'latin1' | 'utf-8';
}

type TColumn =
  | 'regionCode'
  | 'provinceCode'
  | 'historicProvinceCode'
  | 'istat'
  | 'name'
  | 'italianName'
  | 'regionName'
  | 'provinceName'
  | 'sigla';

/** Header keys after footnotes are dropped and the text normalized. */
const HEADER_MATCHERS: [TColumn, (key: string) => boolean][] = [
  ['regionCode', (k) => k === 'codice regione'],
  ['provinceCode', (k) => k.startsWith('codice dell unita territoriale sovracomunale')],
  ['historicProvinceCode', (k) => k.startsWith('codice provincia')],
  ['istat', (k) => k.startsWith('codice comune formato alfanumerico')],
  ['name', (k) => k === 'denominazione italiana e straniera'],
  ['italianName', (k) => k === 'denominazione in italiano'],
  ['regionName', (k) => k === 'denominazione regione'],
  ['provinceName', (k) => k.startsWith('denominazione dell unita territoriale sovracomunale')],
  ['sigla', (k) => k === 'sigla automobilistica'],
];

function headerKey(raw: string): string {
  return normalizeName(raw.replace(/\(\d+\)/g, ' '));
}

/**
 * Decodes the file: ISTAT publishes windows-1252, but a file re-saved by a spreadsheet may be
 * UTF-8; a Latin-1 file with accents is practically never valid UTF-8, so strict UTF-8 decides.
 */
function decode(bytes: Uint8Array): { text: string; encoding: 'latin1' | 'utf-8' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes.some((b) => b >= 0x80)) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: the official encoding.
    }
  }
  // WHATWG maps the 'latin1' label to windows-1252, which is what ISTAT writes.
  return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
}

/** Splits one line on semicolons, honouring double-quoted fields with "" escapes. */
function splitLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/**
 * Parses the official ISTAT list of comuni. Bad rows are reported with their line number
 * and left out; a header without the code or name columns yields no rows and one error.
 *
 * @example
 *   const bytes = new Uint8Array(fs.readFileSync('Elenco-comuni-italiani.csv'));
 *   const { rows, errors } = parseIstatCsv(bytes);
 *   rows[0]; // { line: 2, istat: "001001", name: "Agliè", provinceCode: "001", sigla: "TO", ... }
 */
export function parseIstatCsv(bytes: Uint8Array): TIstatCsvResult {
  const { text, encoding } = decode(bytes);
  const lines = text.split(/\r\n|\n|\r/);
  const errors: TIstatCsvError[] = [];
  const rows: TIstatComuneRow[] = [];

  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex === -1) return { rows, errors: [{ line: 1, message: 'the file is empty' }], encoding };
  const header = splitLine(lines[headerIndex]!).map(headerKey);
  const col = new Map<TColumn, number>();
  for (const [column, matches] of HEADER_MATCHERS) {
    const at = header.findIndex(matches);
    if (at !== -1) col.set(column, at);
  }
  const missing = (['istat'] as TColumn[]).filter((c) => !col.has(c));
  if (!col.has('name') && !col.has('italianName')) missing.push('name');
  if (missing.length > 0) {
    const labels: Record<string, string> = {
      istat: '"Codice Comune formato alfanumerico"',
      name: '"Denominazione (Italiana e straniera)" or "Denominazione in italiano"',
    };
    return {
      rows,
      errors: [
        {
          line: headerIndex + 1,
          message: `not an ISTAT list of comuni: missing column ${missing.map((m) => labels[m]).join(' and ')}`,
        },
      ],
      encoding,
    };
  }

  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const fields = splitLine(raw);
    const get = (c: TColumn): string | undefined => {
      const at = col.get(c);
      return at === undefined ? undefined : fields[at];
    };
    if (fields.length < header.length) {
      errors.push({ line, message: `expected ${header.length} fields, found ${fields.length}` });
      continue;
    }
    const istat = get('istat') ?? '';
    const name = get('name') || get('italianName') || '';
    const italianName = get('italianName') || name;
    const provinceCode = (get('provinceCode') || get('historicProvinceCode') || istat.slice(0, 3)).padStart(3, '0');
    const problems: string[] = [];
    if (!/^\d{6}$/.test(istat)) problems.push(`code "${istat}" is not six digits`);
    if (name === '') problems.push('name is missing');
    if (!/^\d{3}$/.test(provinceCode)) problems.push(`province code "${provinceCode}" is not three digits`);
    const regionCode = get('regionCode');
    if (regionCode !== undefined && regionCode !== '' && !/^\d{2}$/.test(regionCode)) {
      problems.push(`region code "${regionCode}" is not two digits`);
    }
    if (problems.length === 0 && seen.has(istat)) problems.push(`code ${istat} already on line ${seen.get(istat)}`);
    if (problems.length > 0) {
      errors.push({ line, message: problems.join('; ') });
      continue;
    }
    seen.set(istat, line);
    const row: TIstatComuneRow = { line, istat, name, italianName, provinceCode };
    const optional = { provinceName: get('provinceName'), sigla: get('sigla'), regionCode, regionName: get('regionName') };
    for (const [k, v] of Object.entries(optional)) if (v) (row as unknown as Record<string, string>)[k] = v;
    rows.push(row);
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: headerIndex + 1, message: 'the file has no comuni' });
  return { rows, errors, encoding };
}

export interface TComuneRef {
  istat: string;
  name: string;
  provinceCode: string;
}

export interface TComuniDiff<T extends TComuneRef> {
  /** In the incoming list only. */
  added: T[];
  /** Same code, new name. */
  renamed: { istat: string; from: string; to: string; incoming: T }[];
  /** Same code, new province (a province reform); may also be renamed. */
  moved: { istat: string; fromProvince: string; toProvince: string; incoming: T }[];
  /** In the current list only: no longer a comune (merged away). */
  removed: TComuneRef[];
  unchanged: TComuneRef[];
}

/**
 * Compares the comuni we hold with an incoming official list, by ISTAT code.
 *
 * @example
 *   diffComuni(
 *     [{ istat: '018026', name: 'Campospinoso', provinceCode: '018' }],
 *     [{ istat: '018026', name: 'Campospinoso Albaredo', provinceCode: '018' }],
 *   ).renamed; // [{ istat: "018026", from: "Campospinoso", to: "Campospinoso Albaredo", ... }]
 */
export function diffComuni<T extends TComuneRef>(current: readonly TComuneRef[], incoming: readonly T[]): TComuniDiff<T> {
  const currentByCode = new Map(current.map((c) => [c.istat, c]));
  const incomingCodes = new Set(incoming.map((c) => c.istat));
  const diff: TComuniDiff<T> = { added: [], renamed: [], moved: [], removed: [], unchanged: [] };
  for (const next of incoming) {
    const before = currentByCode.get(next.istat);
    if (!before) {
      diff.added.push(next);
      continue;
    }
    const isRenamed = before.name !== next.name;
    const isMoved = before.provinceCode !== next.provinceCode;
    if (isRenamed) diff.renamed.push({ istat: next.istat, from: before.name, to: next.name, incoming: next });
    if (isMoved) {
      diff.moved.push({ istat: next.istat, fromProvince: before.provinceCode, toProvince: next.provinceCode, incoming: next });
    }
    if (!isRenamed && !isMoved) diff.unchanged.push(before);
  }
  for (const c of current) if (!incomingCodes.has(c.istat)) diff.removed.push(c);
  const byCode = (a: { istat: string }, b: { istat: string }) => (a.istat < b.istat ? -1 : a.istat > b.istat ? 1 : 0);
  diff.added.sort(byCode);
  diff.renamed.sort(byCode);
  diff.moved.sort(byCode);
  diff.removed.sort(byCode);
  return diff;
}

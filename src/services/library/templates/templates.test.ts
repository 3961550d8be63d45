import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../shared/areas.js';
import { inkedShareOfEachPage, pdfText } from '../../../test/pdf.js';
import { checkTemplateFile } from '../check-template-file.js';
import { CASH_FIRST_ROW, CASH_WEEKS } from './la-cassa-dei-prossimi-90-giorni.js';
import { QUANTO_MI_COSTA_CELLS as C } from './quanto-mi-costa-davvero.js';
import { TEMPLATES } from './index.js';

const FOOTER = 'Affianco — Metodo Pop · modello libero (CC BY 4.0)';

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function formulaOf(ws: ExcelJS.Worksheet, ref: string): string {
  const v = ws.getCell(ref).value;
  if (!v || typeof v !== 'object' || !('formula' in v) || typeof v.formula !== 'string') throw new Error(`${ref} has no formula`);
  return v.formula;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Our own recomputation of a cell: the formula text as written in the file, evaluated
 * over the cells it names. Covers what the templates use: + − * /, comparisons, ranges,
 * SUM, MIN, IF, ROUNDUP and COUNTIF(range,"<0"). Dates count as Excel day numbers.
 */
function evaluate(ws: ExcelJS.Worksheet, ref: string): number {
  const v = ws.getCell(ref).value;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return evaluateFormula(ws, v.formula);
  throw new Error(`${ref} is not a number: ${JSON.stringify(v)}`);
}

function evaluateFormula(ws: ExcelJS.Worksheet, formula: string): number {
  const cellsOf = (from: string, to: string) => {
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    const refs: string[] = [];
    for (let r = Number(a.row); r <= Number(b.row); r += 1) for (let c = Number(a.col); c <= Number(b.col); c += 1) refs.push(ws.getCell(r, c).address);
    return `[${refs.map((x) => `(${evaluate(ws, x)})`).join(',')}]`;
  };
  const js = formula
    .replace(/COUNTIF\(([^,]+),"<0"\)/g, 'COUNTNEG($1)')
    .replace(/\$?\b([A-Z]{1,2})\$?(\d+):\$?([A-Z]{1,2})\$?(\d+)\b/g, (_, c1: string, r1: string, c2: string, r2: string) => cellsOf(c1 + r1, c2 + r2))
    .replace(/\$?\b([A-Z]{1,2})\$?(\d+)\b/g, (_, c: string, r: string) => `(${evaluate(ws, c + r)})`);
  const flat = (args: (number | number[])[]) => args.flat();
  const fns = {
    SUM: (...a: (number | number[])[]) => flat(a).reduce((s, x) => s + x, 0),
    MIN: (...a: (number | number[])[]) => Math.min(...flat(a)),
    IF: (cond: boolean, yes: number, no: number) => (cond ? yes : no),
    ROUNDUP: (x: number, digits: number) => Math.sign(x) * Math.ceil(Math.abs(x) * 10 ** digits - 1e-9) / 10 ** digits,
    COUNTNEG: (a: number[]) => a.filter((x) => x < 0).length,
  };
  // The formula text comes from our own file; only cell values are substituted into it.
  return new Function(...Object.keys(fns), `return (${js});`)(...Object.values(fns)) as number;
}

function cachedResult(ws: ExcelJS.Worksheet, ref: string): unknown {
  const v = ws.getCell(ref).value as { result?: unknown };
  return v.result;
}

describe('the Metodo Pop templates', () => {
  it('lists six templates with a slug, an Italian title, a file name of their kind and an area of need', () => {
    expect(TEMPLATES).toHaveLength(6);
    expect(new Set(TEMPLATES.map((t) => t.slug)).size).toBe(6);
    for (const t of TEMPLATES) {
      expect(t.fileName).toBe(`${t.slug}.${t.kind}`);
      expect(AREAS).toContain(t.area);
      expect(t.title.length).toBeGreaterThan(5);
    }
    expect(TEMPLATES.map((t) => t.kind)).toEqual(['xlsx', 'xlsx', 'pdf', 'pdf', 'pdf', 'pdf']);
  });

  it.each(TEMPLATES.map((t) => [t.fileName, t] as const))('%s builds and passes the upload check as its own kind', async (_, t) => {
    const bytes = await t.build();
    await expect(checkTemplateFile(bytes, t.fileName)).resolves.toMatchObject({ ok: true, kind: t.kind, ext: t.kind });
  });

  it.each(TEMPLATES.filter((t) => t.kind === 'pdf').map((t) => [t.fileName, t] as const))('%s is one inked A4 page with its title and the licence footer', async (_, t) => {
    const bytes = await t.build();
    const pages = inkedShareOfEachPage(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toBeGreaterThan(0.02);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const words = pdfText(bytes).replace(/\s+/g, ' ');
    expect(words).toContain(t.title);
    expect(words).toContain(FOOTER);
  });
});

describe('Quanto mi costa davvero (XLSX)', () => {
  const build = async () => readWorkbook(await TEMPLATES.find((t) => t.slug === 'quanto-mi-costa-davvero')!.build());

  it('opens on the instructions, then the calculator, with the formulas promised', async () => {
    const wb = await build();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Come si usa', 'Calcolo']);
    const ws = wb.getWorksheet('Calcolo')!;
    expect(formulaOf(ws, C.materialsPerPiece)).toBe('SUM(B5:B7)');
    expect(formulaOf(ws, C.labourPerPiece)).toBe('B10*B11');
    expect(formulaOf(ws, C.fixedPerPiece)).toBe('IF(B18>0,B27/B18,0)');
    expect(formulaOf(ws, C.fullCost)).toBe('B25+B26+B28');
    expect(formulaOf(ws, C.price)).toBe('IF(B21<1,B29/(1-B21),0)');
    expect(formulaOf(ws, C.priceVat22)).toBe('B30*(1+22/100)');
    expect(formulaOf(ws, C.priceVatChosen)).toBe('B30*(1+B22/100)');
    expect(formulaOf(ws, C.breakEven)).toContain('ROUNDUP(B27/(B30-B25-B26),0)');
  });

  it('computes the bakery loaf as intended, and the cached results agree with the formulas', async () => {
    const ws = (await build()).getWorksheet('Calcolo')!;
    // 0.55 + 0.08 of materials, 3 minutes at 18 €/h, 1,660 € of fixed costs over 3,000 loaves.
    const intended: [string, number][] = [
      [C.materialsPerPiece, 0.63],
      [C.labourPerPiece, 0.9],
      [C.fixedPerMonth, 1660],
      [C.fullCost, 0.63 + 0.9 + 1660 / 3000],
      [C.price, (0.63 + 0.9 + 1660 / 3000) / 0.7],
      [C.priceVat22, ((0.63 + 0.9 + 1660 / 3000) / 0.7) * 1.22],
      [C.priceVatChosen, ((0.63 + 0.9 + 1660 / 3000) / 0.7) * 1.04],
    ];
    for (const [ref, value] of intended) {
      expect(evaluate(ws, ref), ref).toBeCloseTo(value, 6);
      expect(cachedResult(ws, ref), ref).toBeCloseTo(value, 6);
    }
    expect(evaluate(ws, C.fullCost)).toBeCloseTo(2.08, 2);
    expect(evaluate(ws, C.price)).toBeCloseTo(2.98, 2);
    expect(evaluate(ws, C.priceVatChosen)).toBeCloseTo(3.1, 2);
    // 1,660 € / (2.976 − 1.53) € earned per loaf = 1,147.9 → 1,148 loaves a month.
    expect(evaluate(ws, C.breakEven)).toBe(1148);
    expect(cachedResult(ws, C.breakEven)).toBe(1148);
  });

  it('follows a changed input: VAT 22 gives the 22% price, a bigger margin a higher price and a lower break-even', async () => {
    const ws = (await build()).getWorksheet('Calcolo')!;
    ws.getCell(C.vatRate).value = 22;
    expect(evaluate(ws, C.priceVatChosen)).toBeCloseTo(evaluate(ws, C.priceVat22), 9);
    ws.getCell(C.margin).value = 0.5;
    expect(evaluate(ws, C.price)).toBeCloseTo(4.1667, 4);
    expect(evaluate(ws, C.breakEven)).toBe(Math.ceil(1660 / (4.16666667 - 1.53)));
  });

  it('leaves the input cells unlocked and locks the formulas behind sheet protection; the VAT rate is a list', async () => {
    const ws = (await build()).getWorksheet('Calcolo')!;
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    for (const ref of [C.ingredients, C.hoursPerPiece, C.rent, C.piecesPerMonth, C.margin, C.vatRate]) expect(ws.getCell(ref).protection?.locked, ref).toBe(false);
    for (const ref of [C.fullCost, C.price, C.priceVatChosen, C.breakEven]) expect(ws.getCell(ref).protection?.locked ?? true, ref).toBe(true);
    expect(ws.getCell(C.vatRate).dataValidation).toMatchObject({ type: 'list', formulae: ['"4,5,10,22"'] });
  });
});

describe('La cassa dei prossimi 90 giorni (XLSX)', () => {
  const build = async () => (await readWorkbook(await TEMPLATES.find((t) => t.slug === 'la-cassa-dei-prossimi-90-giorni')!.build())).getWorksheet('Cassa')!;
  const last = CASH_FIRST_ROW + CASH_WEEKS - 1;

  it('keeps a running balance over 13 weeks by formula', async () => {
    const ws = await build();
    expect(formulaOf(ws, `M${CASH_FIRST_ROW}`)).toBe(`B4+L${CASH_FIRST_ROW}`);
    for (let r = CASH_FIRST_ROW + 1; r <= last; r += 1) expect(formulaOf(ws, `M${r}`)).toBe(`M${r - 1}+L${r}`);
    expect(formulaOf(ws, `K${CASH_FIRST_ROW}`)).toBe(`SUM(E${CASH_FIRST_ROW}:I${CASH_FIRST_ROW})`);
    expect(formulaOf(ws, `L${CASH_FIRST_ROW}`)).toBe(`J${CASH_FIRST_ROW}-K${CASH_FIRST_ROW}`);
    expect(ws.getCell(`A${last}`).value).toBe(13);
  });

  it('computes the example shop: below zero in weeks 7 and 8, 4,800 € at the end', async () => {
    const ws = await build();
    const balances = Array.from({ length: CASH_WEEKS }, (_, i) => evaluate(ws, `M${CASH_FIRST_ROW + i}`));
    expect(balances).toEqual([1250, 2100, 2400, 1150, 1200, 2350, -150, -800, 200, 1800, 3000, 5150, 4800]);
    balances.forEach((b, i) => expect(cachedResult(ws, `M${CASH_FIRST_ROW + i}`)).toBe(b));
    expect(evaluate(ws, `D${last + 3}`)).toBe(-800);
    expect(evaluate(ws, `D${last + 4}`)).toBe(2);
    // Week 13 starts 12 weeks after the first Monday.
    expect(evaluate(ws, `B${last}`) - evaluate(ws, 'B5')).toBe(84);
  });

  it('turns the balance red below zero', async () => {
    const ws = await build();
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator?: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(formats).toContainEqual(expect.objectContaining({
      ref: expect.stringContaining(`M${CASH_FIRST_ROW}:M${last}`),
      rules: [expect.objectContaining({ type: 'cellIs', operator: 'lessThan', formulae: ['0'] })],
    }));
  });
});

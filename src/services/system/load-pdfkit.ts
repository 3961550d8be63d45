/**
 * pdfkit, loaded the first time a PDF is asked for: with its fonts and Unicode tables it is
 * among the slowest packages to load, and most starts never draw a PDF (ADR 018).
 *
 * @example const PDFDocument = await loadPdfKit(); const doc = new PDFDocument({ size: 'A4' });
 */
export async function loadPdfKit(): Promise<typeof import('pdfkit')> {
  const loaded = await import('pdfkit');
  return loaded.default;
}

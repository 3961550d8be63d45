import { describe, expect, it } from 'vitest';
import { makeZip } from '../../test/zip.js';
import { MAX_TEMPLATE_BYTES, checkTemplateFile } from './check-template-file.js';
import { buildIlMioClienteTipo } from './templates/il-mio-cliente-tipo.js';
import { buildQuantoMiCostaDavvero } from './templates/quanto-mi-costa-davvero.js';

const DOCX_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const docx = () => makeZip([['[Content_Types].xml', DOCX_CONTENT_TYPES], ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>']]);
const odf = (mime: string) => makeZip([['mimetype', mime], ['content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>']]);
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('checkTemplateFile', () => {
  it('accepts each allowed kind by its content, with its mime type', async () => {
    await expect(checkTemplateFile(await buildIlMioClienteTipo(), 'il-mio-cliente-tipo.pdf')).resolves.toEqual({ ok: true, kind: 'pdf', mime: 'application/pdf', ext: 'pdf' });
    await expect(checkTemplateFile(await buildQuantoMiCostaDavvero(), 'Quanto mi costa.XLSX')).resolves.toEqual({
      ok: true, kind: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx',
    });
    await expect(checkTemplateFile(docx(), 'lettera.docx')).resolves.toMatchObject({ ok: true, kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    await expect(checkTemplateFile(odf('application/vnd.oasis.opendocument.text'), 'lettera.odt')).resolves.toMatchObject({ ok: true, kind: 'odt', mime: 'application/vnd.oasis.opendocument.text' });
    await expect(checkTemplateFile(odf('application/vnd.oasis.opendocument.spreadsheet'), 'conti.ods')).resolves.toMatchObject({ ok: true, kind: 'ods' });
  });

  it('refuses a text file renamed .pdf, and an .exe renamed .pdf, as a mismatch', async () => {
    const fake = await checkTemplateFile(text('Questo non è un PDF, è solo testo.\n'), 'modulo.pdf');
    expect(fake).toEqual({ ok: false, code: 'template.type_mismatch', message: expect.stringContaining('non è un PDF') });
    const exe = new Uint8Array(512);
    exe.set(Buffer.from('MZ'), 0);
    await expect(checkTemplateFile(exe, 'fattura.pdf')).resolves.toMatchObject({ ok: false, code: 'template.type_mismatch' });
  });

  it('refuses a zip that is not an office document renamed .docx', async () => {
    const zip = makeZip([['note.txt', 'lista della spesa'], ['foto/vetrina.txt', 'non una foto']]);
    await expect(checkTemplateFile(zip, 'modello.docx')).resolves.toMatchObject({ ok: false, code: 'template.type_mismatch', message: expect.stringContaining('.docx') });
  });

  it('refuses an XLSX renamed .docx, saying what the file really is', async () => {
    const result = await checkTemplateFile(await buildQuantoMiCostaDavvero(), 'prezzi.docx');
    expect(result).toEqual({ ok: false, code: 'template.type_mismatch', message: 'Il file è un Excel (XLSX), ma il nome finisce con .docx. Cambia il nome: deve finire con .xlsx.' });
  });

  it('refuses a good PDF whose name ends in another extension, or in none', async () => {
    const pdf = await buildIlMioClienteTipo();
    await expect(checkTemplateFile(pdf, 'modulo.zip')).resolves.toMatchObject({ ok: false, code: 'template.type_mismatch' });
    await expect(checkTemplateFile(pdf, 'modulo')).resolves.toMatchObject({ ok: false, code: 'template.type_mismatch', message: expect.stringContaining('niente') });
  });

  it('refuses other kinds of file as not allowed, whatever they are', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(32).fill(0)]);
    await expect(checkTemplateFile(png, 'volantino.png')).resolves.toMatchObject({ ok: false, code: 'template.type_not_allowed', message: expect.stringContaining('PDF, DOCX, XLSX, ODT, ODS') });
    await expect(checkTemplateFile(text('a;b\n1;2\n'), 'conti.csv')).resolves.toMatchObject({ ok: false, code: 'template.type_not_allowed' });
  });

  it('refuses an 11 MB file before looking inside, and an empty file', async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(Buffer.from('%PDF-1.7\n'), 0);
    expect(big.byteLength).toBeGreaterThan(MAX_TEMPLATE_BYTES);
    await expect(checkTemplateFile(big, 'catalogo.pdf')).resolves.toEqual({ ok: false, code: 'template.too_large', message: expect.stringContaining('11 MB') });
    await expect(checkTemplateFile(new Uint8Array(0), 'vuoto.pdf')).resolves.toEqual({ ok: false, code: 'template.empty', message: 'Il file è vuoto. Salvalo di nuovo e riprova.' });
  });

  it('speaks English when asked', async () => {
    await expect(checkTemplateFile(new Uint8Array(0), 'empty.pdf', 'en')).resolves.toMatchObject({ message: 'The file is empty. Save it again and retry.' });
    const mismatch = await checkTemplateFile(text('hello'), 'form.pdf', 'en');
    expect(mismatch).toMatchObject({ code: 'template.type_mismatch', message: expect.stringContaining('is not a PDF') });
  });
});

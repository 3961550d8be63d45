import { fileTypeFromBuffer } from 'file-type';
import { DEFAULT_LOCALE, type TLocale } from '../../shared/locale.js';

/** The kinds of file a template of the method library may be. */
export const TEMPLATE_KINDS = ['pdf', 'docx', 'xlsx', 'odt', 'ods'] as const;
export type TTemplateKind = (typeof TEMPLATE_KINDS)[number];

/** 10 MiB: a one-page form or a calculator is a few hundred KB; more is a scan or a mistake. */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

export const TEMPLATE_MIME: Record<TTemplateKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/**
 * Why an uploaded template file is refused; stable codes.
 * - `template.empty`: the file has no bytes.
 * - `template.too_large`: over {@link MAX_TEMPLATE_BYTES}.
 * - `template.type_not_allowed`: neither the name nor the content is PDF, DOCX, XLSX, ODT or ODS.
 * - `template.type_mismatch`: the content is not what the name says (an .exe or a text renamed
 *   .pdf, a plain zip renamed .docx, an XLSX renamed .docx, a good PDF named .zip).
 */
export type TTemplateFileCode = 'template.empty' | 'template.too_large' | 'template.type_not_allowed' | 'template.type_mismatch';

export type TTemplateFileCheck =
  | { ok: true; kind: TTemplateKind; mime: string; ext: TTemplateKind }
  | { ok: false; code: TTemplateFileCode; message: string };

const KIND_LABEL: Record<TTemplateKind, string> = { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', odt: 'LibreOffice Writer (ODT)', ods: 'LibreOffice Calc (ODS)' };
const ALLOWED_LIST = 'PDF, DOCX, XLSX, ODT, ODS';

const MESSAGES = {
  empty: { it: () => 'Il file è vuoto. Salvalo di nuovo e riprova.', en: () => 'The file is empty. Save it again and retry.' },
  tooLarge: {
    it: (mb: string) => `Il file è troppo grande: ${mb} MB. Un modello può pesare al massimo 10 MB. Togli le immagini grandi o dividilo in due.`,
    en: (mb: string) => `The file is too large: ${mb} MB. A template may be 10 MB at most. Remove large images or split it in two.`,
  },
  notAllowed: {
    it: (what: string) => `Questo tipo di file non va bene${what}. Un modello deve essere ${ALLOWED_LIST}.`,
    en: (what: string) => `This type of file is not accepted${what}. A template must be ${ALLOWED_LIST}.`,
  },
  contentNotAllowed: {
    it: (ext: string) => `Il nome finisce con .${ext}, ma il file dentro non è un ${ext.toUpperCase()}. Aprilo con il suo programma e salvalo di nuovo come ${ext.toUpperCase()}.`,
    en: (ext: string) => `The name ends in .${ext}, but the file inside is not a ${ext.toUpperCase()}. Open it in its program and save it again as ${ext.toUpperCase()}.`,
  },
  otherKind: {
    it: (kind: TTemplateKind, ext: string) => `Il file è un ${KIND_LABEL[kind]}, ma il nome finisce con ${ext ? `.${ext}` : 'niente'}. Cambia il nome: deve finire con .${kind}.`,
    en: (kind: TTemplateKind, ext: string) => `The file is ${KIND_LABEL[kind]}, but the name ends in ${ext ? `.${ext}` : 'nothing'}. Rename it so that it ends in .${kind}.`,
  },
} as const;

function isKind(value: string | undefined): value is TTemplateKind {
  return value !== undefined && (TEMPLATE_KINDS as readonly string[]).includes(value);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Checks an uploaded template file by its content, never by its name alone: the
 * magic bytes, and for zip files the OOXML `[Content_Types].xml` or the ODF `mimetype`
 * entry (file-type). The name must then end with the extension of what the content is.
 * Messages are plain Italian by default, English with `locale: 'en'`.
 *
 * @example
 *   await checkTemplateFile(bytes, 'listino.xlsx')  // { ok: true, kind: 'xlsx', mime: '…sheet', ext: 'xlsx' }
 *   await checkTemplateFile(exe, 'modulo.pdf')      // { ok: false, code: 'template.type_mismatch', message: 'Il nome finisce con .pdf, ma …' }
 */
export async function checkTemplateFile(bytes: Uint8Array, fileName: string, locale: TLocale = DEFAULT_LOCALE): Promise<TTemplateFileCheck> {
  if (bytes.byteLength === 0) return { ok: false, code: 'template.empty', message: MESSAGES.empty[locale]() };
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    const mb = (bytes.byteLength / (1024 * 1024)).toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
    return { ok: false, code: 'template.too_large', message: MESSAGES.tooLarge[locale](mb) };
  }
  const ext = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected?.ext;
  if (!isKind(kind)) {
    if (isKind(ext)) return { ok: false, code: 'template.type_mismatch', message: MESSAGES.contentNotAllowed[locale](ext) };
    const what = detected ? ` (${detected.ext.toUpperCase()})` : '';
    return { ok: false, code: 'template.type_not_allowed', message: MESSAGES.notAllowed[locale](what) };
  }
  if (ext !== kind) return { ok: false, code: 'template.type_mismatch', message: MESSAGES.otherKind[locale](kind, ext) };
  return { ok: true, kind, mime: TEMPLATE_MIME[kind], ext: kind };
}

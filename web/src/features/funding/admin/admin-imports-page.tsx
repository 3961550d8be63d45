import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { api, ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { formatDay } from '../../../../../src/shared/funding-messages';

type TImport = { id: string; snapshotDate: string | null; fileName: string | null; added: number; changed: number; unchanged: number; missing: number; createdAt: string };
type TImportResult = TImport & { format: string; total: number };

const importsPath = '/api/funding/imports';

/** /admin/bandi: the network admin applies an Incentivi.gov.it export and sees past imports. */
export default function AdminFundingImportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('fundingImport.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <AdminFundingImports />}</RequireSignIn>;
}

function AdminFundingImports() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'it';
  const { data, error, isLoading, reload } = useApi<{ items: TImport[]; attribution: string }>(importsPath);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<TImportResult | null>(null);
  const [refusal, setRefusal] = useState<{ detail: string; problems: string[]; fields: Record<string, string> } | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setSending(true);
    setResult(null);
    setRefusal(null);
    try {
      setResult(await api.postForm<TImportResult>(importsPath, form));
      reload();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const problems = err.code === 'funding.import_refused' ? err.errors.map((p) => p.message) : [];
      setRefusal({ detail: err.detail, problems, fields: err.fieldErrors });
    } finally {
      setSending(false);
    }
  };

  if (error && (error.status === 403 || error.status === 404)) return <p className="notice notice-info">{t('network.admin.forbidden')}</p>;
  return (
    <section className="page" aria-labelledby="funding-import-title">
      <h1 id="funding-import-title">{t('fundingImport.title')}</h1>
      <p className="lead">{t('fundingImport.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="funding-import-file">{t('fundingImport.file')}</label>
          <p id="funding-import-file-hint" className="field-hint">{t('fundingImport.fileHint')}</p>
          <input id="funding-import-file" name="file" type="file" accept=".json,.csv,application/json,text/csv" required aria-describedby={refusal?.fields.file ? 'funding-import-file-hint funding-import-file-error' : 'funding-import-file-hint'} aria-invalid={Boolean(refusal?.fields.file) || undefined} />
          {refusal?.fields.file ? <p id="funding-import-file-error" className="field-error">{refusal.problems.length ? t('fundingImport.seeBelow') : refusal.fields.file}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="funding-import-date">{t('fundingImport.date')}</label>
          <p id="funding-import-date-hint" className="field-hint">{t('fundingImport.dateHint')}</p>
          <input id="funding-import-date" name="snapshotDate" type="date" aria-describedby={refusal?.fields.snapshotDate ? 'funding-import-date-hint funding-import-date-error' : 'funding-import-date-hint'} aria-invalid={Boolean(refusal?.fields.snapshotDate) || undefined} />
          {refusal?.fields.snapshotDate ? <p id="funding-import-date-error" className="field-error">{refusal.fields.snapshotDate}</p> : null}
        </div>
        <button type="submit" className="btn btn-primary" disabled={sending}>
          {sending ? t('fundingImport.sending') : t('fundingImport.submit')}
        </button>
      </form>
      {result ? (
        <p className="notice notice-success" role="status">
          {t('fundingImport.done', { count: result.total })} {t('fundingImport.counts', { added: result.added, changed: result.changed, unchanged: result.unchanged, missing: result.missing })}
        </p>
      ) : null}
      {refusal ? (
        <div className="notice notice-error" role="alert">
          <p>{refusal.detail}</p>
          {refusal.problems.length ? (
            <ul>
              {refusal.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <h2>{t('fundingImport.history')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? <p className="small muted">{data.attribution}</p> : null}
      {data && data.items.length === 0 ? <p>{t('fundingImport.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="item-list">
          {data.items.map((row) => (
            <li key={row.id} className="item">
              <p>
                <strong>{row.snapshotDate ? t('fundingImport.dataOfDay', { day: formatDay(row.snapshotDate, lang) }) : t('fundingImport.noDay')}</strong>
                {row.fileName ? <span className="muted"> · {row.fileName}</span> : null}
              </p>
              <p>{t('fundingImport.counts', { added: row.added, changed: row.changed, unchanged: row.unchanged, missing: row.missing })}</p>
              <p className="small muted">
                {t('fundingImport.importedAt')} <time dateTime={row.createdAt}>{formatDateTime(row.createdAt, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

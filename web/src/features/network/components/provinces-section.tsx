import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/use-api';
import { provincesPath, saveProvinces, type TProvince, type TSportello } from '../api/network';

type TProps = { sportello: TSportello; canUpdate: boolean; onSaved: () => void };

/** The territory a sportello serves: read-only, or a checklist by region when the API allows changes. */
export function ProvincesSection({ sportello, canUpdate, onSaved }: TProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="prov-title">
      <h2 id="prov-title">{t('network.provinces.title')}</h2>
      {canUpdate ? (
        <ProvincesEditor sportello={sportello} onSaved={onSaved} />
      ) : sportello.provinces.length > 0 ? (
        <p>{sportello.provinces.map((p) => `${p.name} (${p.sigla})`).join(', ')}</p>
      ) : (
        <p>{t('network.provinces.none')}</p>
      )}
    </section>
  );
}

function ProvincesEditor({ sportello, onSaved }: { sportello: TSportello; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TProvince[] }>(provincesPath);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(sportello.provinces.map((p) => p.code)));
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const groups = useMemo(() => {
    const f = filter.trim().toLocaleLowerCase(i18n.language);
    const map = new Map<string, { name: string; items: TProvince[] }>();
    for (const p of data?.items ?? []) {
      const hay = `${p.name} ${p.sigla} ${p.regionName}`.toLocaleLowerCase(i18n.language);
      if (f && !hay.includes(f)) continue;
      const g = map.get(p.regionCode) ?? { name: p.regionName, items: [] };
      g.items.push(p);
      map.set(p.regionCode, g);
    }
    return [...map.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, i18n.language));
  }, [data, filter, i18n.language]);

  const toggle = (code: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(code)) n.delete(code);
      else n.add(code);
      return n;
    });

  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await saveProvinces(sportello.id, [...selected]);
      setStatus({ kind: 'success', message: t('network.provinces.saved') });
      onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: isApiError(e) ? e.detail : t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  if (isLoading && !data) return <Loading />;
  if (error) return <ErrorNotice message={error.detail} onRetry={reload} />;

  const chosen = (data?.items ?? []).filter((p) => selected.has(p.code));

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p>
        {chosen.length > 0
          ? t('network.provinces.chosen', { count: chosen.length, list: chosen.map((p) => p.sigla).join(', ') })
          : t('network.provinces.none')}
      </p>
      <div className="field">
        <label htmlFor="prov-filter">{t('network.provinces.filter')}</label>
        <input id="prov-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <fieldset className="fieldset province-picker">
        <legend>{t('network.provinces.legend')}</legend>
        {groups.length === 0 ? <p>{t('network.provinces.noMatch')}</p> : null}
        {groups.map(([code, g]) => (
          <fieldset key={code} className="fieldset region-group">
            <legend>{g.name}</legend>
            <div className="checkbox-grid">
              {g.items.map((p) => (
                <label key={p.code} className="choice">
                  <input type="checkbox" checked={selected.has(p.code)} onChange={() => toggle(p.code)} />
                  <span>{`${p.name} (${p.sigla})`}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <FormStatus kind={status?.kind} message={status?.message} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('network.provinces.save')}
      </button>
    </form>
  );
}

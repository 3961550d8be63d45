import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ComuneCombobox } from '../../../components/comune-combobox';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import type { TComune } from '../../../lib/comuni';
import { useSession, type TMe } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { businessFundingPath, NO_FILTERS, tryPath, type TBusinessFinderResult, type TFact, type TFilters, type TFinderResult, type TTryInput } from './api';
import { FactsForm } from './facts-form';
import { FinderFilters } from './filters';
import { FinderResults } from './results';

type TSector = { id: string; label: { it: string; en: string }; division: string };

/**
 * /bandi: "Bandi per te" for the signed-in entrepreneur's business; for a visitor, a short
 * form (comune, sector, size) and the calls it may apply for, with nothing stored.
 */
export default function FinderPage() {
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me && me.businesses.length > 0) return <BusinessFinder me={me} />;
  return <VisitorTry isSignedIn={Boolean(me)} />;
}

function BusinessFinder({ me }: { me: TMe }) {
  const { t } = useTranslation();
  usePageTitle(t('fundingFinder.title'));
  const [businessId, setBusinessId] = useState(me.businesses[0]!.id);
  const [filters, setFilters] = useState<TFilters>(NO_FILTERS);
  const { data, error, isLoading, reload } = useApi<TBusinessFinderResult>(businessFundingPath(businessId, filters));
  const missing = [...new Set((data?.items ?? []).flatMap((i) => i.missing))] as TFact[];

  return (
    <section className="page narrow funding-page" aria-labelledby="funding-title">
      <h1 id="funding-title">{t('fundingFinder.title')}</h1>
      <p>{t('fundingFinder.intro')}</p>
      {me.businesses.length > 1 ? (
        <div className="field">
          <label htmlFor="funding-business">{t('fundingFinder.chooseBusiness')}</label>
          <select id="funding-business" value={businessId} onChange={(e) => setBusinessId(e.target.value)}>
            {me.businesses.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="eyebrow">{me.businesses[0]!.name}</p>
      )}
      {data && data.following.length > 0 ? (
        <section className="card" aria-labelledby="funding-following-title">
          <h2 id="funding-following-title">{t('fundingFinder.following.title')}</h2>
          <ul className="link-list">
            {data.following.map((f) => (
              <li key={f.callId}>
                <a href={`/bandi/${encodeURIComponent(f.slug)}`}>{f.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FinderFilters filters={filters} onChange={setFilters} isSignedIn />
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? <FinderResults result={data} businessId={businessId} page={filters.page} onPage={(page) => setFilters({ ...filters, page })} onFollowChange={reload} /> : null}
      {data ? <FactsForm key={businessId} businessId={businessId} facts={data.business.facts} missing={missing} onSaved={reload} /> : null}
    </section>
  );
}

function VisitorTry({ isSignedIn }: { isSignedIn: boolean }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('fundingFinder.try.title'));
  const sectors = useApi<{ items: TSector[] }>('/api/intake/sectors');
  const [comune, setComune] = useState<TComune | null>(null);
  const [sector, setSector] = useState('');
  const [size, setSize] = useState('micro');
  const [asked, setAsked] = useState<TTryInput | null>(null);
  const [filters, setFilters] = useState<TFilters>(NO_FILTERS);
  const [comuneError, setComuneError] = useState<string | undefined>();
  const { data, error, isLoading, reload } = useApi<TFinderResult>(asked ? tryPath(asked, filters) : null);
  const lng = i18n.language === 'en' ? 'en' : 'it';
  const fieldError = (field: string) => (asked && error ? error.fieldErrors[field] : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!comune) {
      setComuneError(t('fundingFinder.try.chooseComune'));
      return;
    }
    setComuneError(undefined);
    setFilters({ ...filters, page: 1 });
    setAsked({ comune: comune.istat, ateco: sector, size });
  };

  return (
    <section className="page narrow funding-page" aria-labelledby="funding-try-title">
      <h1 id="funding-try-title">{t('fundingFinder.try.title')}</h1>
      <p>{t('fundingFinder.try.intro')}</p>
      <form className="card" onSubmit={submit} noValidate aria-label={t('fundingFinder.try.formLabel')}>
        <ComuneCombobox
          label={t('fundingFinder.try.comune')}
          hint={t('fundingFinder.try.comuneHint')}
          onSelect={(c) => {
            setComune(c);
            setComuneError(undefined);
          }}
          onClear={() => setComune(null)}
          error={comuneError ?? fieldError('comune')}
        />
        <div className={fieldError('ateco') ? 'field field-invalid' : 'field'}>
          <label htmlFor="try-sector">{t('fundingFinder.try.sector')}</label>
          <select id="try-sector" value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">{t('fundingFinder.try.anySector')}</option>
            {(sectors.data?.items ?? []).map((s) => (
              <option key={s.id} value={s.division}>
                {s.label[lng]}
              </option>
            ))}
          </select>
          {fieldError('ateco') ? <p className="field-error">{fieldError('ateco')}</p> : null}
        </div>
        <div className={fieldError('size') ? 'field field-invalid' : 'field'}>
          <label htmlFor="try-size">{t('fundingFinder.try.size')}</label>
          <select id="try-size" value={size} onChange={(e) => setSize(e.target.value)}>
            <option value="micro">{t('fundingFinder.try.sizeMicro')}</option>
            <option value="small">{t('fundingFinder.try.sizeSmall')}</option>
            <option value="medium">{t('fundingFinder.try.sizeMedium')}</option>
          </select>
          {fieldError('size') ? <p className="field-error">{fieldError('size')}</p> : null}
        </div>
        <button type="submit" className="btn btn-primary btn-block">
          {t('fundingFinder.try.submit')}
        </button>
      </form>
      {asked ? <FinderFilters filters={filters} onChange={setFilters} isSignedIn={false} /> : null}
      {isLoading ? <Loading /> : null}
      {error && !fieldError('comune') && !fieldError('ateco') && !fieldError('size') ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? (
        <>
          <FinderResults result={data} page={filters.page} onPage={(page) => setFilters({ ...filters, page })} />
          <p className="notice notice-info">
            {isSignedIn ? t('fundingFinder.try.tellUs') : t('fundingFinder.try.signUp')}{' '}
            <Link to={isSignedIn ? '/ascolto' : '/registrati'}>{isSignedIn ? t('fundingFinder.try.goAscolto') : t('fundingFinder.try.goSignUp')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

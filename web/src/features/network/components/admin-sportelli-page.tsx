import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { adminSportelliPath, createSportello, type TAdminSportello } from '../api/network';
import { slugify } from '../../../../../src/shared/slug';

/** /admin/sportelli: every sportello of the network, and a form to add one. */
export default function AdminSportelliPage() {
  const { t } = useTranslation();
  usePageTitle(t('network.admin.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <AdminSportelli />}</RequireSignIn>;
}

type TErrors = Partial<Record<'name' | 'slug' | 'email', string>>;

function AdminSportelli() {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TAdminSportello[] }>(adminSportelliPath);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<TErrors>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: TErrors = {};
    if (!name.trim()) found.name = t('network.admin.nameRequired');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) found.slug = t('network.admin.slugInvalid');
    if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('auth.errors.invalidEmail');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const created = await createSportello({ name: name.trim(), slug, ...(email.trim() ? { email: email.trim() } : {}) });
      setStatus({ kind: 'success', message: t('network.admin.created', { name: created.name }) });
      setName('');
      setSlug('');
      setEmail('');
      setIsSlugEdited(false);
      reload();
    } catch (err) {
      if (isApiError(err)) {
        setErrors({ name: err.fieldErrors.name, slug: err.fieldErrors.slug, email: err.fieldErrors.email });
        setStatus({ kind: 'error', message: err.detail });
      } else setStatus({ kind: 'error', message: t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  if (error && (error.status === 403 || error.status === 404)) {
    return (
      <section className="page narrow" aria-labelledby="adm-title">
        <h1 id="adm-title">{t('network.admin.title')}</h1>
        <p className="notice notice-info">{t('network.admin.forbidden')}</p>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="adm-title">
      <h1 id="adm-title">{t('network.admin.title')}</h1>
      <section className="card" aria-labelledby="adm-list">
        <h2 id="adm-list">{t('network.admin.list')}</h2>
        {isLoading && !data ? <Loading /> : null}
        {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
        {data && data.items.length === 0 ? <p>{t('network.admin.empty')}</p> : null}
        {data && data.items.length > 0 ? (
          <ul className="item-list">
            {data.items.map((s) => (
              <li key={s.id} className="item">
                <div className="item-main">
                  <Link to={`/sportelli/${s.id}`} className="item-title">
                    {s.name}
                  </Link>
                  <span className="muted">{s.email ?? s.slug}</span>
                  <span>
                    {s.provinces.length > 0
                      ? s.provinces.map((p) => p.sigla).join(', ')
                      : t('network.provinces.none')}
                  </span>
                  <span className="badge">
                    {t('network.admin.members', { count: s.memberCount, n: formatNumber(s.memberCount, i18n.language) })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="card" aria-labelledby="adm-new">
        <h2 id="adm-new">{t('network.admin.new')}</h2>
        <form className="form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField
            id="new-name"
            label={t('network.admin.name')}
            required
            value={name}
            onChange={(v) => {
              setName(v);
              if (!isSlugEdited) setSlug(slugify(v));
            }}
            error={errors.name}
          />
          <TextField
            id="new-slug"
            label={t('network.slug')}
            hint={t('network.admin.slugHint')}
            required
            autoCapitalize="none"
            spellCheck={false}
            value={slug}
            onChange={(v) => {
              setSlug(v);
              setIsSlugEdited(true);
            }}
            error={errors.slug}
          />
          <TextField
            id="new-email"
            label={t('network.admin.email')}
            type="email"
            inputMode="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
          />
          <FormStatus kind={status?.kind} message={status?.message} />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('network.admin.create')}
          </button>
        </form>
      </section>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { safeNext } from '../../../lib/safe-next';
import { useSession } from '../../../lib/session';
import { signUpWithEmail } from '../api/auth';
import { authErrorField, authErrorKey } from '../api/auth-errors';
import { isEmail, MIN_PASSWORD } from '../api/validate';

type TErrors = Partial<Record<'name' | 'email' | 'password', string>>;

/** /registrati: name, e-mail and password. */
export default function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signUp.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { refresh } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<TErrors>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: TErrors = {};
    if (!name.trim()) found.name = t('auth.errors.nameRequired');
    if (!isEmail(email)) found.email = t('auth.errors.invalidEmail');
    if (password.length < MIN_PASSWORD) found.password = t('auth.errors.passwordTooShort', { min: MIN_PASSWORD });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setIsBusy(true);
    setStatus(null);
    const { data, error } = await signUpWithEmail({ name: name.trim(), email: email.trim(), password });
    setIsBusy(false);
    if (error || !data) {
      const message = t(authErrorKey(error), { min: MIN_PASSWORD });
      const field = authErrorField(error);
      if (field) setErrors({ [field]: message });
      setStatus({ kind: 'error', message });
      return;
    }
    if (!data.hasSession) {
      setStatus({ kind: 'success', message: t('auth.signUp.checkEmail', { email: email.trim() }) });
      return;
    }
    await refresh();
    navigate(next);
  };

  return (
    <section className="page narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">{t('auth.signUp.title')}</h1>
      <p className="lead">{t('auth.signUp.intro')}</p>
      <form className="form card" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="signup-name"
          label={t('auth.name')}
          autoComplete="name"
          required
          value={name}
          onChange={setName}
          error={errors.name}
        />
        <TextField
          id="signup-email"
          label={t('auth.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <TextField
          id="signup-password"
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <FormStatus kind={status?.kind} message={status?.message} />
        <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
          {isBusy ? t('common.wait') : t('auth.signUp.submit')}
        </button>
      </form>
      <p>
        {t('auth.signUp.haveAccount')}{' '}
        <Link to={params.get('next') ? `/accedi?next=${encodeURIComponent(next)}` : '/accedi'}>{t('auth.signUp.goSignIn')}</Link>
      </p>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { requestReset } from '../api/auth';
import { authErrorKey } from '../api/auth-errors';
import { isEmail } from '../api/validate';

/** /password-dimenticata: ask for a reset link. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isEmail(email)) {
      setFieldError(t('auth.errors.invalidEmail'));
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setFieldError(undefined);
    setIsBusy(true);
    setStatus(null);
    const { error } = await requestReset(email.trim());
    setIsBusy(false);
    if (error) {
      setStatus({ kind: 'error', message: t(authErrorKey(error)) });
      return;
    }
    setStatus({ kind: 'success', message: t('auth.forgot.sent', { email: email.trim() }) });
  };

  return (
    <section className="page narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('auth.forgot.title')}</h1>
      <p className="lead">{t('auth.forgot.intro')}</p>
      <form className="form card" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="forgot-email"
          label={t('auth.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={fieldError}
        />
        <FormStatus kind={status?.kind} message={status?.message} />
        <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
          {isBusy ? t('common.wait') : t('auth.forgot.submit')}
        </button>
      </form>
      <p>
        <Link to="/accedi">{t('auth.backToSignIn')}</Link>
      </p>
    </section>
  );
}

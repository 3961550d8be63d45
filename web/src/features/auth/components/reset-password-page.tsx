import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { resetPassword } from '../api/auth';
import { authErrorKey } from '../api/auth-errors';
import { MIN_PASSWORD } from '../api/validate';

/** /nuova-password?token=…: choose a new password. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const hasLinkError = Boolean(params.get('error')) || !token;
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token) return;
    const found: { password?: string; confirm?: string } = {};
    if (password.length < MIN_PASSWORD) found.password = t('auth.errors.passwordTooShort', { min: MIN_PASSWORD });
    else if (password !== confirm) found.confirm = t('auth.errors.passwordMismatch');
    setErrors(found);
    if (found.password || found.confirm) {
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setIsBusy(true);
    setStatus(null);
    const { error } = await resetPassword({ newPassword: password, token });
    setIsBusy(false);
    if (error) {
      setStatus({ kind: 'error', message: t(authErrorKey(error), { min: MIN_PASSWORD }) });
      return;
    }
    setIsDone(true);
    setStatus({ kind: 'success', message: t('auth.reset.done') });
  };

  return (
    <section className="page narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('auth.reset.title')}</h1>
      {hasLinkError ? (
        <div className="notice notice-error">
          <p>{t('auth.errors.invalidLink')}</p>
          <p>
            <Link to="/password-dimenticata">{t('auth.reset.askAgain')}</Link>
          </p>
        </div>
      ) : (
        <>
          <FormStatus kind={status?.kind} message={status?.message} />
          {isDone ? (
            <p>
              <Link to="/accedi" className="btn btn-primary">
                {t('auth.reset.goSignIn')}
              </Link>
            </p>
          ) : (
            <form className="form card" noValidate onSubmit={(e) => void submit(e)}>
              <TextField
                id="reset-password"
                label={t('auth.newPassword')}
                type="password"
                autoComplete="new-password"
                required
                hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
                value={password}
                onChange={setPassword}
                error={errors.password}
              />
              <TextField
                id="reset-confirm"
                label={t('auth.confirmPassword')}
                type="password"
                autoComplete="new-password"
                required
                value={confirm}
                onChange={setConfirm}
                error={errors.confirm}
              />
              <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
                {isBusy ? t('common.wait') : t('auth.reset.submit')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { safeNext } from '../../../lib/safe-next';
import { useSession } from '../../../lib/session';
import { sendMagicLink, signInWithPassword } from '../api/auth';
import { authErrorKey } from '../api/auth-errors';
import { isEmail, MIN_PASSWORD } from '../api/validate';

type TStatus = { kind: 'error' | 'success'; message: string } | null;

/** /accedi: with a password, or with a link sent by e-mail. */
export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // With nowhere asked for, `/` takes each person to their role's home (app/routes/landing.tsx).
  const next = safeNext(params.get('next'), '/');
  const { refresh } = useSession();
  const linkError = params.get('error');

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pwErrors, setPwErrors] = useState<{ email?: string; password?: string }>({});
  const [pwStatus, setPwStatus] = useState<TStatus>(null);
  const [pwBusy, setPwBusy] = useState(false);

  const [linkEmail, setLinkEmail] = useState('');
  const [linkFieldError, setLinkFieldError] = useState<string>();
  const [linkStatus, setLinkStatus] = useState<TStatus>(
    linkError ? { kind: 'error', message: t('auth.errors.invalidLink') } : null,
  );
  const [linkBusy, setLinkBusy] = useState(false);

  const submitPassword = async (e: FormEvent) => {
    e.preventDefault();
    const found: { email?: string; password?: string } = {};
    if (!isEmail(email)) found.email = t('auth.errors.invalidEmail');
    if (!password) found.password = t('auth.errors.passwordRequired');
    setPwErrors(found);
    if (found.email || found.password) {
      setPwStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setPwBusy(true);
    setPwStatus(null);
    const { error } = await signInWithPassword({ email: email.trim(), password });
    setPwBusy(false);
    if (error) {
      setPwStatus({ kind: 'error', message: t(authErrorKey(error), { min: MIN_PASSWORD }) });
      return;
    }
    await refresh();
    navigate(next);
  };

  const submitLink = async (e: FormEvent) => {
    e.preventDefault();
    if (!isEmail(linkEmail)) {
      setLinkFieldError(t('auth.errors.invalidEmail'));
      setLinkStatus({ kind: 'error', message: t('form.fixErrors') });
      return;
    }
    setLinkFieldError(undefined);
    setLinkBusy(true);
    setLinkStatus(null);
    const { error } = await sendMagicLink({ email: linkEmail.trim(), callbackURL: next });
    setLinkBusy(false);
    if (error) {
      setLinkStatus({ kind: 'error', message: t(authErrorKey(error)) });
      return;
    }
    setLinkStatus({ kind: 'success', message: t('auth.signIn.linkSent', { email: linkEmail.trim() }) });
  };

  return (
    <section className="page narrow" aria-labelledby="signin-title">
      <h1 id="signin-title">{t('auth.signIn.title')}</h1>
      <p className="lead">{t('auth.signIn.intro')}</p>

      <section className="card" aria-labelledby="signin-link-title">
        <h2 id="signin-link-title">{t('auth.signIn.linkTitle')}</h2>
        <p>{t('auth.signIn.linkIntro')}</p>
        <form className="form" noValidate onSubmit={(e) => void submitLink(e)}>
          <TextField
            id="link-email"
            label={t('auth.email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            required
            value={linkEmail}
            onChange={setLinkEmail}
            error={linkFieldError}
          />
          <FormStatus kind={linkStatus?.kind} message={linkStatus?.message} />
          <button type="submit" className="btn btn-primary btn-block" disabled={linkBusy}>
            {linkBusy ? t('common.wait') : t('auth.signIn.sendLink')}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="signin-pw-title">
        <h2 id="signin-pw-title">{t('auth.signIn.passwordTitle')}</h2>
        <form className="form" noValidate onSubmit={(e) => void submitPassword(e)}>
          <TextField
            id="signin-email"
            label={t('auth.email')}
            type="email"
            inputMode="email"
            autoComplete="username"
            required
            value={email}
            onChange={setEmail}
            error={pwErrors.email}
          />
          <TextField
            id="signin-password"
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={pwErrors.password}
          />
          <FormStatus kind={pwStatus?.kind} message={pwStatus?.message} />
          <button type="submit" className="btn btn-primary btn-block" disabled={pwBusy}>
            {pwBusy ? t('common.wait') : t('auth.signIn.submit')}
          </button>
        </form>
        <p>
          <Link to="/password-dimenticata">{t('auth.signIn.forgot')}</Link>
        </p>
      </section>

      <p>
        {t('auth.signIn.noAccount')}{' '}
        <Link to={params.get('next') ? `/registrati?next=${encodeURIComponent(next)}` : '/registrati'}>
          {t('auth.signIn.goSignUp')}
        </Link>
      </p>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../../components/ui/use-page-title';

const STEPS = ['listen', 'checkup', 'angel', 'plan'] as const;

/**
 * The public home: the promise, how it works in four steps, and a slot for the sportello finder.
 * @example <LandingPage finder={<SportelloFinder />} />
 */
export function LandingPage({ finder }: { finder: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle('');
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('landing.headline')}</h1>
        <p className="lead">{t('landing.lead')}</p>
        <div className="actions">
          <Link to="/ascolto" className="btn btn-primary btn-big">
            {t('landing.ctaTalk')}
          </Link>
          <Link to="/registrati" className="btn btn-secondary btn-big">
            {t('landing.ctaSignUp')}
          </Link>
          <a href="#trova-sportello" className="btn btn-secondary btn-big">
            {t('landing.ctaFind')}
          </a>
        </div>
      </section>

      <section className="section" aria-labelledby="how-title">
        <h2 id="how-title">{t('landing.howTitle')}</h2>
        <ol className="steps">
          {STEPS.map((step, i) => (
            <li key={step} className="step">
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <h3>{t(`landing.steps.${step}.title`)}</h3>
                <p>{t(`landing.steps.${step}.body`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="section promise" aria-labelledby="promise-title">
        <h2 id="promise-title">{t('landing.promiseTitle')}</h2>
        <p>{t('landing.promiseBody')}</p>
      </section>

      <section className="section" id="trova-sportello" aria-labelledby="find-title" tabIndex={-1}>
        <h2 id="find-title">{t('landing.findTitle')}</h2>
        <p>{t('landing.findBody')}</p>
        {finder}
      </section>

      <section className="section" aria-labelledby="angel-title">
        <h2 id="angel-title">{t('landing.angelTitle')}</h2>
        <p>{t('landing.angelBody')}</p>
        <p>
          <Link to="/diventa-angel" className="btn btn-secondary btn-big">
            {t('landing.angelCta')}
          </Link>
        </p>
      </section>

      <section className="section cta" aria-labelledby="cta-title">
        <h2 id="cta-title">{t('landing.ctaTitle')}</h2>
        <p>{t('landing.ctaBody')}</p>
        <div className="actions">
          <Link to="/ascolto" className="btn btn-primary btn-big">
            {t('landing.ctaTalk')}
          </Link>
          <Link to="/registrati" className="btn btn-secondary btn-big">
            {t('landing.ctaSignUp')}
          </Link>
        </div>
      </section>
    </>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TSent } from '../hooks/use-intake-send';
import { FollowUpWarnings } from '../../traps/components/follow-up-warnings';

/** After sending: who will answer, what happens next, and the check-up for signed-in people. */
export function ThankYou({ sent, isSignedIn, onAgain }: { sent: TSent; isSignedIn: boolean; onAgain: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { result, body, linkSent } = sent;
  const sp = result.sportello;

  return (
    <section className="page narrow ascolto" aria-labelledby="thanks-title">
      <h1 id="thanks-title" ref={headingRef} tabIndex={-1}>
        {t('intake.thanks.title')}
      </h1>
      {sp ? (
        <div className="card sportello-card">
          <p className="lead">{t('intake.thanks.sportello', { name: sp.name })}</p>
          <p>{body.contact.kind === 'callback' ? t('intake.thanks.callback') : t('intake.thanks.account')}</p>
          {sp.email || sp.phone ? (
            <dl className="details">
              {sp.email ? (
                <>
                  <dt>{t('geo.email')}</dt>
                  <dd>
                    <a href={`mailto:${sp.email}`}>{sp.email}</a>
                  </dd>
                </>
              ) : null}
              {sp.phone ? (
                <>
                  <dt>{t('geo.phone')}</dt>
                  <dd>
                    <a href={`tel:${sp.phone.replace(/\s+/g, '')}`}>{sp.phone}</a>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </div>
      ) : (
        <p className="notice notice-info">{t('intake.thanks.noSportello')}</p>
      )}
      {body.contact.kind === 'account' && linkSent === true ? (
        <p className="notice notice-success">{t('intake.thanks.linkSent', { email: body.contact.email })}</p>
      ) : null}
      {body.contact.kind === 'account' && linkSent === false ? (
        <p className="notice notice-info">{t('intake.thanks.linkFailed')}</p>
      ) : null}
      <FollowUpWarnings warnings={result.warnings} />
      <div className="actions">
        {isSignedIn ? (
          <Link
            to={result.businessId ? `/check-up?impresa=${encodeURIComponent(result.businessId)}` : '/check-up'}
            className="btn btn-primary btn-big"
          >
            {t('intake.thanks.checkup')}
          </Link>
        ) : null}
        {isSignedIn ? (
          <Link
            to={result.businessId ? `/incontra?impresa=${encodeURIComponent(result.businessId)}` : '/incontra'}
            className="btn btn-secondary btn-big"
          >
            {t('intake.thanks.meetAngel')}
          </Link>
        ) : null}
        <Link to="/" className="btn btn-secondary btn-big">
          {t('intake.thanks.home')}
        </Link>
      </div>
      {isSignedIn ? <p className="muted">{t('intake.thanks.checkupHint')}</p> : null}
      <p>
        <button type="button" className="btn-link" onClick={onAgain}>
          {t('intake.thanks.again')}
        </button>
      </p>
    </section>
  );
}

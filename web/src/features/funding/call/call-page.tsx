import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { useApi } from '../../../lib/use-api';
import { attributionLine } from '../../../../../src/shared/funding-attribution';
import { callApiPath, callAt, type TAttribution, type TCallView } from './call-api';

const lang = (language: string) => (language === 'en' ? 'en' : 'it');

/** The not-found page for a call that is not there (the server answers it with 404). */
function MissingCall() {
  const { t } = useTranslation();
  usePageTitle(t('fundingCall.missing.title'));
  return (
    <section className="page narrow" aria-labelledby="call-missing-h">
      <h1 id="call-missing-h">{t('fundingCall.missing.title')}</h1>
      <p>{t('fundingCall.missing.text')}</p>
      <p>
        <Link to="/bandi" className="btn btn-primary">
          {t('fundingCall.back')}
        </Link>
      </p>
    </section>
  );
}

/**
 * "Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 12 luglio 2025", with the licence's
 * text linked: IODL 2.0 asks for both wherever the data is shown. A sportello's own call names it.
 */
export function CallAttribution({ attribution }: { attribution: TAttribution }) {
  const { t, i18n } = useTranslation();
  const { source, licence, licenceUrl, snapshotDate } = attribution;
  // The national catalogue's line is the one every funding page writes (shared/funding-attribution.ts).
  const line = licence ? attributionLine(snapshotDate, lang(i18n.language)) : t('fundingCall.attributionOwn', { source });
  return (
    <p className="muted funding-attribution">
      {line}
      {licenceUrl ? (
        <>
          {' ('}
          <a href={licenceUrl} rel="external noopener noreferrer">
            {t('fundingCall.licenceText')}
          </a>
          {')'}
        </>
      ) : null}
    </p>
  );
}

/** The notice at the top: closed, closing soon, not open yet, no longer listed. */
function StatusNotice({ call }: { call: TCallView }) {
  const { t } = useTranslation();
  if (call.status === 'closed') {
    return (
      <p className="notice notice-error" role="status">
        <strong>{t('fundingCall.status.closed')}</strong> {call.closesText}
      </p>
    );
  }
  const gone = call.missingSince ? <p className="notice">{t('fundingCall.status.gone')}</p> : null;
  if (call.closesSoon && call.daysLeft !== null) {
    return (
      <>
        <p className="notice" role="status">
          <strong>{call.daysLeft === 0 ? t('fundingCall.status.closesToday') : t('fundingCall.status.closesSoon', { count: call.daysLeft })}</strong> {call.closesText}
        </p>
        {gone}
      </>
    );
  }
  const words = { upcoming: t('fundingCall.status.upcoming'), rolling: t('fundingCall.status.rolling'), unknown: t('fundingCall.status.unknown'), open: null }[call.status];
  return (
    <>
      {words ? <p className="notice">{words}</p> : null}
      {gone}
    </>
  );
}

/** One call as an entrepreneur reads it: what it is, who can ask, how much, until when, where. */
function CallView({ call }: { call: TCallView }) {
  const { t } = useTranslation();
  usePageTitle(call.title);
  return (
    <article className="page narrow funding-call" aria-labelledby="call-title">
      <p>
        <Link to="/bandi">{t('fundingCall.back')}</Link>
      </p>
      <h1 id="call-title">{call.title}</h1>
      {call.source === 'sportello' && call.sportelloName ? <p className="lead">{t('fundingCall.fromSportello', { name: call.sportelloName })}</p> : null}
      {call.grantingBody ? <p className="lead">{t('fundingCall.from', { body: call.grantingBody })}</p> : null}
      <StatusNotice call={call} />

      <section aria-labelledby="call-what-h">
        <h2 id="call-what-h">{t('fundingCall.what')}</h2>
        {call.description.what ? <p className="funding-call-text">{call.description.what}</p> : <p className="muted">{t('fundingCall.noDescription')}</p>}
        {call.description.offers ? (
          <>
            <h3>{t('fundingCall.offers')}</h3>
            <p className="funding-call-text">{call.description.offers}</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="call-who-h">
        <h2 id="call-who-h">{t('fundingCall.who')}</h2>
        <ul>
          <li>{call.who.sizes}</li>
          {call.who.territory.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {call.who.subjects.length > 0 ? (
          <p>
            {t('fundingCall.subjects')}: {call.who.subjects.join(', ')}.
          </p>
        ) : null}
        <h3>{t('fundingCall.sectors')}</h3>
        <ul>
          {call.who.sectors.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {call.description.who ? (
          <>
            <h3>{t('fundingCall.whoInCall')}</h3>
            <p className="funding-call-text">{call.description.who}</p>
          </>
        ) : null}
        {call.rules.length > 0 ? (
          <>
            <h3>{t('fundingCall.rules')}</h3>
            <ul>
              {call.rules.map((rule) => (
                <li key={rule.text}>
                  {rule.text}{' '}
                  <a href={rule.sourceUrl} rel="external noopener noreferrer">
                    {t('fundingCall.ruleSource')}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="call-much-h">
        <h2 id="call-much-h">{t('fundingCall.howMuch')}</h2>
        <dl className="funding-call-amounts">
          <dt>{t('fundingCall.grant')}</dt>
          <dd>{call.howMuch.grant}</dd>
          <dt>{t('fundingCall.spending')}</dt>
          <dd>{call.howMuch.spending}</dd>
        </dl>
        {call.kindsText.length > 0 ? (
          <>
            <h3>{t('fundingCall.kinds')}</h3>
            <ul>
              {call.kindsText.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="call-until-h">
        <h2 id="call-until-h">{t('fundingCall.until')}</h2>
        {call.dates.opensText ? <p>{call.dates.opensText}</p> : null}
        <p>{call.dates.closesText}</p>
        {call.dates.note ? <p className="muted">{call.dates.note}</p> : null}
      </section>

      <section aria-labelledby="call-where-h">
        <h2 id="call-where-h">{t('fundingCall.where')}</h2>
        {call.link ? (
          <p>
            <a href={call.link} rel="external noopener noreferrer" target="_blank" className="btn btn-primary">
              {t('fundingCall.officialLink')}
            </a>{' '}
            <span className="muted">{t('fundingCall.newTab')}</span>
          </p>
        ) : (
          <p>{t('fundingCall.noLink')}</p>
        )}
        <p className="muted">{t('fundingCall.checkFirst')}</p>
      </section>

      <CallAttribution attribution={call.attribution} />
    </article>
  );
}

/** /bandi/{slug}: one call for funding, drawn by the server for everyone, or the not-found page. */
export default function CallPage() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const target = callAt(pathname);
  const { data, error } = useApi<TCallView | null>(target ? callApiPath(target.slug, lang(i18n.language)) : null);
  if (!target || data === null || error?.status === 404) return <MissingCall />;
  // useApi keeps the previous answer while the next loads: never show one call under another's address.
  if (data && data.slug === target.slug) return <CallView call={data} />;
  if (error) {
    return (
      <section className="page narrow">
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
        <p>
          <Link to="/bandi">{t('fundingCall.back')}</Link>
        </p>
      </section>
    );
  }
  return <Loading />;
}

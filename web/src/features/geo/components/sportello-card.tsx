import { useTranslation } from 'react-i18next';
import type { TPublicSportello } from '../api/geo';

/** A sportello's public contacts and the provinces it serves. */
export function SportelloCard({ sportello }: { sportello: TPublicSportello }) {
  const { t } = useTranslation();
  return (
    <article className="card sportello-card" aria-labelledby={`sp-${sportello.id}`}>
      <h3 id={`sp-${sportello.id}`}>{sportello.name}</h3>
      <dl className="details">
        {sportello.email ? (
          <>
            <dt>{t('geo.email')}</dt>
            <dd>
              <a href={`mailto:${sportello.email}`}>{sportello.email}</a>
            </dd>
          </>
        ) : null}
        {sportello.phone ? (
          <>
            <dt>{t('geo.phone')}</dt>
            <dd>
              <a href={`tel:${sportello.phone.replace(/\s+/g, '')}`}>{sportello.phone}</a>
            </dd>
          </>
        ) : null}
        {sportello.address ? (
          <>
            <dt>{t('geo.address')}</dt>
            <dd>{sportello.address}</dd>
          </>
        ) : null}
        {sportello.provinces.length > 0 ? (
          <>
            <dt>{t('geo.provinces')}</dt>
            <dd>{sportello.provinces.map((p) => `${p.name} (${p.sigla})`).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}

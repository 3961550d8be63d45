import { useTranslation } from 'react-i18next';
import { attributionLine } from '../../../../../src/shared/funding-attribution';
import type { TAttribution } from './api';

/** "Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del …": always under the results (IODL 2.0). */
export function AttributionLine({ attribution }: { attribution: TAttribution }) {
  const { i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'it';
  return (
    <p className="small muted funding-attribution">
      {attributionLine(attribution.snapshotDate, lng)} ·{' '}
      <a href={attribution.licenceUrl} rel="license noopener" target="_blank">
        {attribution.licence}
      </a>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { TLiveCheck } from './use-readability';

/**
 * The Gulpease index as the author types, against the level's floor, with what pulls it down:
 * long sentences, long words, and the words to avoid with a plainer one.
 */
export function ReadabilityPanel({ check }: { check: TLiveCheck }) {
  const { t, i18n } = useTranslation();
  const { report, minutes } = check;
  const isLow = report.gulpease !== null && report.gulpease < report.floor;
  return (
    <section className="card lesson-readability" aria-labelledby="lesson-readability-title">
      <h2 id="lesson-readability-title">{t('libraryEditor.readability.title')}</h2>
      <div role="status" aria-live="polite" aria-atomic="true">
        {report.gulpease === null ? (
          <p>{t('libraryEditor.readability.empty')}</p>
        ) : (
          <p className={isLow ? 'notice notice-error' : 'notice notice-success'} data-testid="gulpease">
            {t('libraryEditor.readability.index', { index: formatNumber(report.gulpease, i18n.language) })}{' '}
            {t('libraryEditor.readability.floor', { floor: report.floor })}{' '}
            {isLow ? t('libraryEditor.readability.low') : t('libraryEditor.readability.ok')}
          </p>
        )}
      </div>
      {report.words ? <p className="muted">{t('libraryEditor.readability.minutes', { count: minutes })}</p> : null}

      <h3>{t('libraryEditor.readability.longSentences', { count: report.longSentences.length })}</h3>
      {report.longSentences.length ? (
        <ul className="lesson-findings">
          {report.longSentences.map((s, i) => (
            <li key={i}>
              <q>{s.text}</q> <span className="muted">{t('libraryEditor.readability.sentenceWords', { count: s.words })}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <h3>{t('libraryEditor.readability.longWords', { count: report.longWords.length })}</h3>
      {report.longWords.length ? <p className="lesson-findings">{report.longWords.join(', ')}</p> : null}

      <h3>{t('libraryEditor.readability.wordsToAvoid', { count: report.wordsToAvoid.length })}</h3>
      {report.wordsToAvoid.length ? (
        <ul className="lesson-findings" data-testid="words-to-avoid">
          {report.wordsToAvoid.map((w, i) => (
            <li key={`${w.at}-${i}`}>{t('libraryEditor.readability.insteadOf', { found: w.found, plain: w.plain })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

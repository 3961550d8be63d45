import { useTranslation } from 'react-i18next';
import type { TLiveCheck } from './use-readability';

/**
 * The four parts that make a lesson "pop", each with its hint and whether the body has it
 * (as a `## ` heading, in order). A refusal of the server for a part shows beside that part.
 */
export function ShapeChecklist({ parts, errors }: { parts: TLiveCheck['parts']; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <section className="card lesson-shape" aria-labelledby="lesson-shape-title">
      <h2 id="lesson-shape-title" tabIndex={-1}>{t('libraryEditor.parts.title')}</h2>
      <p className="muted">{t('libraryEditor.parts.intro')}</p>
      <ol className="lesson-parts">
        {parts.map(({ part, heading, isPresent }) => (
          <li key={part} className={isPresent ? 'lesson-part is-present' : 'lesson-part'} data-part={part}>
            <span className="lesson-part-mark" aria-hidden="true">
              {isPresent ? '✓' : '○'}
            </span>
            <div>
              <strong>## {heading}</strong> <span className="badge">{isPresent ? t('libraryEditor.parts.present') : t('libraryEditor.parts.missing')}</span>
              <p className="field-hint">{t(`libraryEditor.parts.${part}`)}</p>
              {errors[`parts.${part}`] ? <p className="field-error">{errors[`parts.${part}`]}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

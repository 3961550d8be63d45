import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormStatus } from '../../../components/ui/form-status';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useApi } from '../../../lib/use-api';
import { dismissLessonSuggestion, groupBySuggester, lessonPagePath, lessonSuggestionsPath, type TLessonSuggestions } from '../api/lessons';

/**
 * On /impresa: "Lezioni che ti ha suggerito <angel>", each with the angel's note, a link to the
 * lesson and a button to hide it. Nothing at all while there is none (or no line).
 * @example <SuggestedLessons businessId={business.id} />
 */
export function SuggestedLessons({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const { data, reload } = useApi<TLessonSuggestions>(lessonSuggestionsPath(businessId));
  const [hidden, setHidden] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const items = (data?.items ?? []).filter((i) => !hidden.includes(i.id));

  const hide = async (id: string) => {
    setMessage(null);
    try {
      await dismissLessonSuggestion(businessId, id);
      setHidden((h) => [...h, id]);
      setMessage({ kind: 'success', text: t('lessonLinks.suggested.hidden') });
      reload();
    } catch (e) {
      setMessage({ kind: 'error', text: isApiError(e) ? e.detail : t('errors.generic') });
    }
  };

  if (items.length === 0) return <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />;
  return (
    <>
      {groupBySuggester(items).map((group) => {
        const head = `sl-${businessId}-${group.key || 'none'}`;
        return (
          <section key={group.key} className="suggested-lessons" aria-labelledby={head}>
            <h3 id={head}>{group.name ? t('lessonLinks.suggested.titleBy', { name: group.name }) : t('lessonLinks.suggested.titleNoName')}</h3>
            <ul className="item-list">
              {group.items.map((s) => (
                <li key={s.id} className="item">
                  <div className="item-main">
                    <Link to={lessonPagePath(s.lesson.slug, s.lesson.language)} className="item-title" lang={s.lesson.language}>
                      {s.lesson.title}
                    </Link>
                    {s.note ? <p className="suggestion-note">{s.note}</p> : null}
                    <p className="muted small">
                      {t('lessonLinks.minutes', { count: s.lesson.minutes })} · {t('lessonLinks.suggested.on', { date: formatDate(s.createdAt, i18n.language) })}
                    </p>
                  </div>
                  {data?.abilities.dismiss ? (
                    <button type="button" className="btn btn-secondary btn-small" aria-label={t('lessonLinks.suggested.hideLabel', { title: s.lesson.title })} onClick={() => void hide(s.id)}>
                      {t('lessonLinks.suggested.hide')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
    </>
  );
}

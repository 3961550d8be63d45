import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { TLessonListItem } from '../api/authoring';

/** Lessons with their status, index and last change (Rome time), each opening the editor. */
export function LessonList({ items, showAuthor }: { items: TLessonListItem[]; showAuthor?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="item-list">
      {items.map((l) => (
        <li key={l.id} className="item">
          <div className="item-main">
            <Link to={`/lezioni/modifica/${l.id}`}>
              <strong>{l.title}</strong>
            </Link>
            <span>
              <span className="badge">{t(`libraryEditor.status.${l.status}`)}</span> <span className="badge">{t(`libraryEditor.levels.${l.level}`)}</span>{' '}
              <span className="muted">{t('libraryEditor.list.index', { index: formatNumber(l.gulpease, i18n.language) })}</span>
            </span>
            {showAuthor && l.authorName ? <span className="muted">{t('libraryEditor.queue.by', { name: l.authorName })}</span> : null}
            <span className="muted">
              {l.submittedAt && showAuthor ? t('libraryEditor.queue.since', { when: formatDateTime(l.submittedAt, i18n.language) }) : t('libraryEditor.list.updated', { when: formatDateTime(l.updatedAt, i18n.language) })}
            </span>
            {l.reviewNote && l.status === 'draft' ? <span>{t('libraryEditor.reviewNote', { note: l.reviewNote })}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

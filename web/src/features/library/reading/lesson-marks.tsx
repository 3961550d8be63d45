import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { lessonMarksPath, lessonPagePath, saveMarks, type TLesson, type TLessonMarks } from '../api/reading';

/**
 * "Fatto" and "Mi è servita" for a signed-in reader, and how many the lesson helped. Each button
 * is a small form, so it works without JavaScript (the server answers 303 back to the lesson);
 * with it, the change shows at once and is undone if the server refuses it.
 * @example <LessonMarks lesson={lesson} />
 */
export function LessonMarks({ lesson }: { lesson: TLesson }) {
  const { t } = useTranslation();
  const [marks, setMarks] = useState<TLessonMarks | null>(lesson.mine);
  const [usefulFor, setUsefulFor] = useState(lesson.usefulFor);
  const [isFailed, setIsFailed] = useState(false);
  const action = lessonMarksPath(lesson.slug, lesson.language);

  const toggle = (field: keyof TLessonMarks) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!marks) return;
    const before = { marks, usefulFor };
    const value = !marks[field];
    setMarks({ ...marks, [field]: value });
    if (field === 'helpful') setUsefulFor((n) => Math.max(0, n + (value ? 1 : -1)));
    setIsFailed(false);
    saveMarks(lesson.slug, lesson.language, { [field]: value }).then(
      (saved) => {
        setMarks({ done: saved.done, helpful: saved.helpful });
        setUsefulFor(saved.usefulFor);
      },
      () => {
        setMarks(before.marks);
        setUsefulFor(before.usefulFor);
        setIsFailed(true);
      },
    );
  };

  const button = (field: keyof TLessonMarks, label: string) => (
    <form method="post" action={action} onSubmit={toggle(field)}>
      <input type="hidden" name={field} value={marks?.[field] ? '0' : '1'} />
      <button type="submit" className={`btn ${marks?.[field] ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={Boolean(marks?.[field])}>
        {marks?.[field] ? '✓ ' : ''}
        {label}
      </button>
    </form>
  );

  return (
    <section className="lesson-marks" aria-labelledby="lesson-marks-h">
      <h2 id="lesson-marks-h" className="sr-only">
        {t('library.marks.title')}
      </h2>
      <p className="lesson-useful" aria-live="polite">
        {t('library.marks.usefulFor', { count: usefulFor })}
      </p>
      {marks ? (
        <div className="lesson-mark-buttons">
          {button('done', t('library.marks.done'))}
          {button('helpful', t('library.marks.helpful'))}
        </div>
      ) : (
        <p className="muted">
          <Link to={`/accedi?next=${encodeURIComponent(lessonPagePath(lesson.slug, lesson.language))}`}>{t('library.marks.signIn')}</Link>
        </p>
      )}
      {isFailed ? (
        <p className="notice notice-error" role="alert">
          {t('library.marks.failed')}
        </p>
      ) : null}
    </section>
  );
}

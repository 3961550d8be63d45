import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeAddress, type TPickedLesson } from './search-lessons';
import { useLessonSearch } from './use-lesson-search';
import { nextActiveOption } from '../listbox-keys';

/** What the box holds: a lesson chosen from the list, or the text as typed (a pasted address, a lesson code). */
export type TLessonPick = { slug: string | null; title: string | null; text: string };

type TProps = {
  label: string;
  hint?: string;
  onChange: (pick: TLessonPick) => void;
  /** A message under the box (e.g. from the server), tied with aria-describedby. */
  error?: string;
  /** The text shown at first (the chosen lesson's title). */
  initialText?: string;
  /** Whether a web address may be pasted instead of choosing a lesson (plan actions: a template elsewhere). */
  allowsAddress?: boolean;
};

/**
 * An ARIA 1.2 combobox that suggests Metodo Pop lessons as you type a few words (arrows,
 * Enter, Escape), shared by the plan's actions and the angel's suggestions. A plain input with
 * a list under it: nothing heavy for an old phone, and searching waits for a pause in typing.
 * @example <LessonPicker label={t('lessonLinks.picker.label')} allowsAddress onChange={(p) => setLink(p.slug ?? p.text)} />
 */
export function LessonPicker({ label, hint, onChange, error, initialText = '', allowsAddress = false }: TProps) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const [text, setText] = useState(initialText);
  const [chosen, setChosen] = useState<TPickedLesson | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = chosen ? '' : text;
  const { items, isLoading, isError } = useLessonSearch(query, i18n.language);

  const hasQuery = query.trim().length >= 2 && !looksLikeAddress(query);
  const isExpanded = isOpen && hasQuery && items.length > 0;
  const optionId = (i: number) => `${baseId}-opt-${i}`;

  const choose = (lesson: TPickedLesson) => {
    setText(lesson.title);
    setChosen(lesson);
    setIsOpen(false);
    setActive(-1);
    onChange({ slug: lesson.slug, title: lesson.title, text: lesson.title });
  };

  const type = (value: string) => {
    setText(value);
    setChosen(null);
    setIsOpen(true);
    setActive(-1);
    onChange({ slug: null, title: null, text: value.trim() });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = items.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const next = hasQuery ? nextActiveOption(e.key, n, isOpen, active) : null;
        if (next === null) return;
        e.preventDefault();
        setIsOpen(true);
        setActive(next);
        break;
      }
      case 'Enter': {
        const lesson = isExpanded && active >= 0 ? items[active] : undefined;
        // Enter on an option chooses it; otherwise it submits the form as usual.
        if (lesson) {
          e.preventDefault();
          choose(lesson);
        }
        break;
      }
      case 'Escape':
        if (isOpen && isExpanded) {
          e.preventDefault();
          setIsOpen(false);
          setActive(-1);
        } else if (text) {
          e.preventDefault();
          type('');
          setIsOpen(false);
        }
        break;
      case 'Tab':
        setIsOpen(false);
        break;
      default:
        break;
    }
  };

  let status = '';
  if (chosen) status = t('lessonLinks.picker.chosen', { title: chosen.title });
  else if (allowsAddress && looksLikeAddress(text)) status = t('lessonLinks.picker.address', { address: text.trim() });
  else if (hasQuery && isOpen) {
    if (isLoading) status = t('lessonLinks.picker.searching');
    else if (isError) status = t('lessonLinks.picker.error');
    else if (items.length === 0) status = t('lessonLinks.picker.none');
    else status = t('lessonLinks.picker.results', { count: items.length });
  }
  const isVisibleNote = !chosen && hasQuery && isOpen && !isLoading && (isError || items.length === 0);
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'combobox field-invalid' : 'combobox'}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="combobox-wrap">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={500}
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-activedescendant={isExpanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setIsOpen(false)}
          onFocus={() => {
            if (hasQuery) setIsOpen(true);
          }}
        />
        <ul id={listId} role="listbox" aria-label={t('lessonLinks.picker.listLabel')} className="combobox-list" hidden={!isExpanded}>
          {items.map((lesson, i) => (
            <li
              key={lesson.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combobox-option is-active' : 'combobox-option'}
              // Keep focus in the input so the list does not close before the tap lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(lesson)}
            >
              <span className="option-name">{lesson.title}</span>
              <span className="option-meta">{t('lessonLinks.minutes', { count: lesson.minutes })}</span>
            </li>
          ))}
        </ul>
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {isVisibleNote ? (
        <p className="field-hint" aria-hidden="true">
          {status}
        </p>
      ) : null}
    </div>
  );
}

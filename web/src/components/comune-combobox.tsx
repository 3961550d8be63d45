import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TComune } from '../lib/comuni';
import { useComuneSearch } from './use-comune-search';
import { nextActiveOption } from './listbox-keys';

type TProps = {
  label: string;
  hint?: string;
  onSelect: (comune: TComune) => void;
  /** Called when the person edits the text after choosing, so the old choice no longer holds. */
  onClear?: () => void;
  /** The text to show at first, e.g. the comune chosen before a reload. */
  initialText?: string;
  /** A message to show under the box (e.g. from the server), tied with aria-describedby. */
  error?: string;
};

/** "Lodi (LO)": how a comune reads in the box once chosen. */
export function comuneLabel(c: TComune): string {
  return `${c.name} (${c.province.sigla})`;
}

/**
 * An ARIA 1.2 combobox that suggests comuni as you type (arrows, Enter, Escape).
 * Shared: the landing's sportello finder and the ascolto both use it.
 * @example <ComuneCombobox label={t('geo.comune')} onSelect={(c) => setComune(c)} />
 */
export function ComuneCombobox({ label, hint, onSelect, onClear, initialText = '', error }: TProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const [text, setText] = useState(initialText);
  const [chosen, setChosen] = useState(initialText);
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { items, isLoading, isError } = useComuneSearch(query);

  const hasQuery = query.trim().length >= 2;
  const isExpanded = isOpen && hasQuery && items.length > 0;
  const optionId = (i: number) => `${baseId}-opt-${i}`;

  const choose = (c: TComune) => {
    setText(comuneLabel(c));
    setChosen(comuneLabel(c));
    setQuery('');
    setIsOpen(false);
    setActive(-1);
    onSelect(c);
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
        const c = isExpanded && active >= 0 ? items[active] : undefined;
        if (c) {
          e.preventDefault();
          choose(c);
        }
        break;
      }
      case 'Escape':
        e.preventDefault();
        if (isOpen) {
          setIsOpen(false);
          setActive(-1);
        } else {
          setText('');
          setQuery('');
          if (chosen) {
            setChosen('');
            onClear?.();
          }
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
  if (hasQuery && isOpen) {
    if (isLoading) status = t('geo.searching');
    else if (isError) status = t('geo.searchError');
    else if (items.length === 0) status = t('geo.noComuni');
    else status = t('geo.results', { count: items.length });
  }

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
          autoCapitalize="words"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-activedescendant={isExpanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (chosen && e.target.value !== chosen) {
              setChosen('');
              onClear?.();
            }
            setQuery(e.target.value);
            setIsOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setIsOpen(false)}
          onFocus={() => {
            if (hasQuery) setIsOpen(true);
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!isExpanded}>
          {items.map((c, i) => (
            <li
              key={c.istat}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combobox-option is-active' : 'combobox-option'}
              // Keep focus in the input so the list does not close before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(c)}
            >
              <span className="option-name">{comuneLabel(c)}</span>
              <span className="option-meta">{`${c.province.name}, ${c.region.name}`}</span>
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
      {hasQuery && isOpen && !isLoading && (isError || items.length === 0) ? (
        <p className="field-hint" aria-hidden="true">
          {status}
        </p>
      ) : null}
    </div>
  );
}

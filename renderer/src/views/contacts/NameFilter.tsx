// The People list's "Filter by name" field: it narrows whatever the other filters show, and `/` anywhere on
// the screen (outside a text field) puts the cursor in it; Esc in it clears it.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextEditing } from '../../shell/use-global-keys';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

export function NameFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTextEditing(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="people-filter people-name-filter">
      <label htmlFor={id}>{t('search.filterByName')}</label>
      <input
        ref={input}
        id={id}
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        title={t('search.filterHint')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}

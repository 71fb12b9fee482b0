// A short list of lines the user adds to and removes from (openers, names of people not yet in the journal):
// each line with its own remove button, and one box where Enter (or "Add") appends — trimmed, never twice.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  addLabel: string;
  placeholder?: string;
  hint?: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
}

export function TextListEditor({ label, addLabel, placeholder, hint, items, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');

  const add = (): void => {
    const value = text.trim();
    if (value !== '' && !items.includes(value)) onChange([...items, value]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="field event-list-editor" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="entity-field-label">
        {label}
      </p>
      {hint && <p className="hint event-list-hint">{hint}</p>}
      {items.length > 0 && (
        <ul className="event-list-items" aria-label={label}>
          {items.map((item, index) => (
            <li key={`${index}-${item}`}>
              <span className="event-list-text">{item}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('events.page.remove', { item })}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="event-add-row">
        <input
          aria-label={addLabel}
          placeholder={placeholder ?? addLabel}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() !== '' && add()}
        />
        <button type="button" className="button-quiet button-small" onClick={add} disabled={text.trim() === ''}>
          {t('events.page.add')}
        </button>
      </div>
    </div>
  );
}

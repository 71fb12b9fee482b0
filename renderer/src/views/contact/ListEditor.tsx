// A short list the user adds to and removes from (emails, phones, other links): each entry with its own
// remove button, and one field where Enter (or "Add") appends — trimmed, never twice.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, removeItem, type ListKind } from './list-items';

interface Props {
  label: string;
  addLabel: string;
  items: readonly string[];
  kind: Exclude<ListKind, 'tag'>;
  onChange: (items: string[]) => void;
  renderItem?: (item: string) => ReactNode;
}

const INPUT_TYPE = { email: 'email', phone: 'tel', url: 'url' } as const;

export function ListEditor({ label, addLabel, items, kind, onChange, renderItem }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');

  const add = (): void => {
    const next = addItem(items, text, kind);
    if (next !== items) onChange([...next]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="field contact-list-editor" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="contact-field-label">
        {label}
      </p>
      {items.length > 0 && (
        <ul className="contact-items" aria-label={label}>
          {items.map((item, index) => (
            <li key={`${index}-${item}`}>
              <span className="contact-item-text">{renderItem ? renderItem(item) : item}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('contact.details.remove', { item })}
                onClick={() => onChange(removeItem(items, index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="contact-add-row">
        <input
          type={INPUT_TYPE[kind]}
          aria-label={addLabel}
          placeholder={addLabel}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() !== '' && add()}
        />
        <button type="button" className="button-quiet button-small" onClick={add} disabled={text.trim() === ''}>
          {t('contact.details.add')}
        </button>
      </div>
    </div>
  );
}

// Tags as chips: type one and press Enter (or a comma) to add it, the × on a chip to remove it.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, removeItem } from './list-items';

export function TagEditor({ tags, onChange }: { tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');

  const add = (): void => {
    const next = addItem(tags, text, 'tag');
    if (next !== tags) onChange([...next]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' && event.key !== ',') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="field contact-tags">
      <label htmlFor={`${id}-input`}>{t('contact.details.tags')}</label>
      {tags.length > 0 && (
        <ul className="chips" aria-label={t('contact.details.tags')}>
          {tags.map((tag, index) => (
            <li key={tag} className="chip">
              <span className="chip-text">{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('contact.details.remove', { item: tag })}
                onClick={() => onChange(removeItem(tags, index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        value={text}
        placeholder={t('contact.details.addTag')}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="hint">
        {t('contact.details.tagHint')}
      </p>
    </div>
  );
}

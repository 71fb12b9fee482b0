// "From a template": a disclosure button that shows the three reflection templates ("After an event", "After a
// conversation", "Weekly review"); choosing one starts an entry with the template's headings. Esc closes it.
import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES, type TemplateId } from '@shared/practice/templates';

export function TemplateMenu({ onPick }: { onPick: (id: TemplateId) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const id = useId();
  const [open, setOpen] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    event.currentTarget.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus();
  };
  // Leaving the menu (Tab away, a click elsewhere) closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className="template-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('reflections.fromTemplate')}
      </button>
      <ul id={`${id}-list`} className="template-list" hidden={!open} aria-label={t('reflections.templates')}>
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="template-choice"
              onClick={() => {
                setOpen(false);
                onPick(template.id);
              }}
            >
              {template.title[lang]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

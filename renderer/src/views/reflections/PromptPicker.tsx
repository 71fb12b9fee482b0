// "New reflection from a prompt": the prompt library by group, each prompt one button away from a new entry
// that keeps the question as it was asked. A row of group choices narrows a long library to one group;
// Esc or Cancel closes it without writing anything.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMPTS, PROMPT_GROUPS, type Prompt, type PromptGroup } from '@shared/practice/prompts';
import { Dialog } from '../../ui/Dialog';

interface Props {
  onPick: (prompt: Prompt) => void;
  onClose: () => void;
}

export function PromptPicker({ onPick, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const [only, setOnly] = useState<PromptGroup | ''>('');
  const groups = PROMPT_GROUPS.map((group) => ({ group, prompts: PROMPTS.filter((p) => p.group === group) })).filter(
    (g) => g.prompts.length > 0,
  );
  const shown = only === '' ? groups : groups.filter((g) => g.group === only);
  const choice = (value: PromptGroup | '', label: string) => (
    <label key={value || 'all'} className={only === value ? 'prompt-filter chosen' : 'prompt-filter'}>
      <input type="radio" name="prompt-group" checked={only === value} onChange={() => setOnly(value)} />
      {label}
    </label>
  );
  return (
    <Dialog title={t('reflections.picker.title')} onClose={onClose} className="dialog-wide prompt-picker">
      <p className="muted prompt-picker-lead">{t('reflections.picker.lead')}</p>
      <fieldset className="prompt-filters">
        <legend className="sr-only">{t('reflections.picker.groups')}</legend>
        {choice('', t('reflections.picker.all'))}
        {groups.map(({ group }) => choice(group, t(`reflections.groups.${group}`)))}
      </fieldset>
      <div className="prompt-picker-groups">
        {shown.map(({ group, prompts }) => (
          <section key={group} className="prompt-group" aria-labelledby={`prompt-group-${group}`}>
            <h3 id={`prompt-group-${group}`}>{t(`reflections.groups.${group}`)}</h3>
            <ul className="prompt-list" aria-labelledby={`prompt-group-${group}`}>
              {prompts.map((prompt) => (
                <li key={prompt.id}>
                  <button type="button" className="prompt-choice" onClick={() => onPick(prompt)}>
                    {prompt.text[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="prompt-picker-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('reflections.picker.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

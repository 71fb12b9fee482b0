// The prompt of the day, in the reader's language, and Write: one undoable step to a new reflection that
// keeps the prompt (its id and the text as shown), then its page opens.
import { useTranslation } from 'react-i18next';
import type { Prompt } from '@shared/practice/prompts';
import { useStartReflection } from '../reflections/use-start-reflection';

export function PromptItem({ prompt }: { prompt: Prompt }) {
  const { t, i18n } = useTranslation();
  const start = useStartReflection();
  const text = i18n.language === 'sv' ? prompt.text.sv : prompt.text.en;
  return (
    <section className="panel today-prompt" data-today-item aria-labelledby="today-prompt">
      <h3 id="today-prompt">{t('today.prompt.heading')}</h3>
      <blockquote className="today-prompt-text">{text}</blockquote>
      <button type="button" data-main className="button-primary" onClick={() => start({ prompt })}>
        {t('today.prompt.write')}
      </button>
    </section>
  );
}

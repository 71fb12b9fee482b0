// The ways forward for one note, as a row of quiet buttons: each button's accessible name names the note,
// so a screen reader moving from button to button always knows which note it is about.
import { useTranslation } from 'react-i18next';
import { excerpt } from './note-text';

export type TriageChoice = 'interaction' | 'reflection' | 'contact' | 'step' | 'event' | 'trash';

const CHOICES: readonly { choice: Exclude<TriageChoice, 'trash'>; label: string; named: string }[] = [
  { choice: 'interaction', label: 'inbox.logAs', named: 'inbox.logAsFor' },
  { choice: 'reflection', label: 'inbox.reflection', named: 'inbox.reflectionFor' },
  { choice: 'contact', label: 'inbox.contact', named: 'inbox.contactFor' },
  { choice: 'step', label: 'inbox.nextStep', named: 'inbox.nextStepFor' },
  { choice: 'event', label: 'inbox.event', named: 'inbox.eventFor' },
];

export function TriageActions({ text, onChoose }: { text: string; onChoose: (choice: TriageChoice) => void }) {
  const { t } = useTranslation();
  const short = excerpt(text);
  return (
    <div className="inbox-actions">
      <div className="inbox-turn" role="group" aria-label={t('inbox.turnIntoFor', { text: short })}>
        <span className="inbox-turn-label" aria-hidden="true">
          {t('inbox.turnInto')}
        </span>
        {CHOICES.map(({ choice, label, named }) => (
          <button
            key={choice}
            type="button"
            className="button-quiet inbox-choice"
            aria-label={t(named, { text: short })}
            onClick={() => onChoose(choice)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button-quiet inbox-choice inbox-trash"
        aria-label={t('inbox.trashFor', { text: short })}
        onClick={() => onChoose('trash')}
      >
        {t('inbox.trash')}
      </button>
    </div>
  );
}

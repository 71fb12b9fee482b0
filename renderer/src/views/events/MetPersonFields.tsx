// One person in "Who I met": a checkbox, and once ticked a line about the conversation and an optional next
// step with a due date. Short visible labels; the accessible names say whom each box is about.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonLine } from './aftermath-form';
import { DayInput } from '../../day-field/DayInput';

interface Props {
  person: PersonLine;
  onChange: (person: PersonLine) => void;
}

export function MetPersonFields({ person, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const name = person.name;
  const set = (patch: Partial<PersonLine>): void => onChange({ ...person, ...patch });
  return (
    <li className={person.met ? 'met-person met-person-ticked' : 'met-person'}>
      <label className="met-person-name">
        <input type="checkbox" checked={person.met} onChange={(e) => set({ met: e.target.checked })} />
        <span>{name}</span>
        {person.contactId === undefined && <span className="met-person-new">{t('events.dialog.newContact')}</span>}
      </label>
      {person.met && (
        <div className="met-person-fields">
          <div className="field">
            <label htmlFor={`${id}-line`}>{t('events.dialog.lineShort')}</label>
            <input
              id={`${id}-line`}
              aria-label={t('events.dialog.line', { name })}
              value={person.line}
              placeholder={t('events.dialog.linePlaceholder')}
              onChange={(e) => set({ line: e.target.value })}
            />
          </div>
          <div className="field-row met-person-next">
            <div className="field">
              <label htmlFor={`${id}-next`}>{t('events.dialog.nextStepShort')}</label>
              <input
                id={`${id}-next`}
                aria-label={t('events.dialog.nextStep', { name })}
                value={person.nextStep}
                placeholder={t('events.dialog.nextStepPlaceholder')}
                onChange={(e) => set({ nextStep: e.target.value })}
              />
            </div>
            <div className="field met-person-due">
              <label htmlFor={`${id}-due`}>{t('events.dialog.dueShort')}</label>
              <DayInput
                id={`${id}-due`}
                aria-label={t('events.dialog.due', { name })}
                value={person.due}
                onDay={(due) => set({ due })}
              />
            </div>
          </div>
        </div>
      )}
    </li>
  );
}

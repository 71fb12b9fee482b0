// "Before": why I am going, whom I want to meet, two or three openers, the energy it will take and the exit
// plan — with the preparation state on top, said kindly.
import { useTranslation } from 'react-i18next';
import { localDay, updateEvent, type EventInput, type JournalEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { LiveField } from '../../ui/LiveField';
import { EnergyCostChoice } from './EnergyCostChoice';
import { MeetPeople } from './MeetPeople';
import { TextListEditor } from './TextListEditor';
import { missingPrep, prepText } from './event-wording';

export function EventPlan({ event }: { event: JournalEvent }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const save = (patch: Partial<EventInput>): void => edit(() => updateEvent(doc, event.id, patch));
  const state = prepText(event, t);
  const ready = missingPrep(event).length === 0;
  // Once it is over, what was not prepared no longer matters.
  const upcoming = event.date === '' || event.date >= localDay(new Date());

  return (
    <section className="panel entity-panel event-panel" aria-labelledby="event-before-title">
      <div className="event-panel-head">
        <h3 id="event-before-title">{t('events.page.before')}</h3>
        {upcoming && (
          <p className={ready ? 'event-prep event-prep-ready' : 'event-prep'} data-testid="event-prep">
            {state}
          </p>
        )}
      </div>
      <LiveField
        label={t('events.page.purpose')}
        value={event.purpose}
        onSave={(purpose) => save({ purpose })}
        multiline
        rows={2}
        placeholder={t('events.page.purposePlaceholder')}
      />
      <MeetPeople event={event} />
      <TextListEditor
        label={t('events.page.openers')}
        hint={t('events.page.openersHint')}
        addLabel={t('events.page.openerNew')}
        placeholder={t('events.page.openerPlaceholder')}
        items={event.openers}
        onChange={(openers) => save({ openers })}
      />
      <EnergyCostChoice
        legend={t('events.page.energyPlanned')}
        value={event.energyPlanned}
        optional
        onChange={(energyPlanned) => save({ energyPlanned: energyPlanned ?? null })}
      />
      <LiveField
        label={t('events.page.exitPlan')}
        value={event.exitPlan}
        onSave={(exitPlan) => save({ exitPlan })}
        multiline
        rows={2}
        placeholder={t('events.page.exitPlanPlaceholder')}
      />
    </section>
  );
}

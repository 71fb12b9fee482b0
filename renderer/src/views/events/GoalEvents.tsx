// "Events for this goal" on the goal page: the other side of an event's Goals, linked on both sides in one
// undoable step; each chip links to the event.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linkEventToGoal, unlinkEventFromGoal, type Goal } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import { useEvents } from './use-events';
import { whenText } from './event-wording';

export function GoalEvents({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const events = useEvents();
  const options = useMemo(
    () =>
      events.map((e) => ({
        id: e.id,
        label: e.title || t('events.untitled'),
        detail: whenText(e, i18n.language) || undefined,
      })),
    [events, t, i18n.language],
  );
  // Either side naming the link counts (a replica may have written only one half).
  const linked = useMemo(
    () => [...new Set([...goal.eventIds, ...events.filter((e) => e.goalIds.includes(goal.id)).map((e) => e.id)])],
    [goal.eventIds, goal.id, events],
  );
  return (
    <EntityPicker
      label={t('events.goalPicker')}
      options={options}
      selected={linked}
      onAdd={(id) => edit(() => linkEventToGoal(doc, id, goal.id))}
      onRemove={(id) => edit(() => unlinkEventFromGoal(doc, id, goal.id))}
      renderChip={(option) => <a href={routeHref({ view: 'event', id: option.id })}>{option.label}</a>}
    />
  );
}

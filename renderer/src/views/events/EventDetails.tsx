// When and where an event is, the circle it belongs to and the goals it serves. Goals are linked on both
// sides (the goal page lists its events too), each link one undoable step.
import { isHttpUrl } from '@shared/text/urls';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  circlesMap,
  linkEventToGoal,
  listCircles,
  unlinkEventFromGoal,
  updateEvent,
  type EventInput,
  type JournalEvent,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useYSnapshot } from '../../data/use-collection';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import { LiveField } from '../../ui/LiveField';
import { ExternalLink } from '../../components/ExternalLink';
import { useGoals } from '../goals/use-goals';
import { DayInput } from '../../day-field/DayInput';

export function EventDetails({ event }: { event: JournalEvent }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const ids = { date: useId(), time: useId(), circle: useId() };
  const save = (patch: Partial<EventInput>): void => edit(() => updateEvent(doc, event.id, patch));
  const circles = useYSnapshot(circlesMap(doc), () => listCircles(doc, i18n.language), i18n.language);
  const goals = useGoals();
  const goalOptions = useMemo(
    () => goals.map((g) => ({ id: g.id, label: g.title || t('goals.untitled') })),
    [goals, t],
  );
  // A link half-written by an older replica still shows: either side naming it counts.
  const linkedGoals = useMemo(
    () => [...new Set([...event.goalIds, ...goals.filter((g) => g.eventIds.includes(event.id)).map((g) => g.id)])],
    [event.goalIds, event.id, goals],
  );
  const link = event.link.trim();

  return (
    <section className="panel entity-panel event-panel" aria-labelledby="event-details-title">
      <h3 id="event-details-title">{t('events.page.details')}</h3>
      <div className="field-row event-when">
        <div className="field">
          <label htmlFor={ids.date}>{t('events.page.date')}</label>
          <DayInput id={ids.date} value={event.date} onDay={(date) => save({ date })} />
        </div>
        <div className="field">
          <label htmlFor={ids.time}>{t('events.page.time')}</label>
          <input
            id={ids.time}
            type="time"
            value={event.time ?? ''}
            onChange={(e) => save({ time: e.target.value === '' ? null : e.target.value.slice(0, 5) })}
          />
        </div>
      </div>
      <LiveField
        label={t('events.page.place')}
        value={event.place}
        placeholder={t('events.page.placePlaceholder')}
        onSave={(place) => save({ place })}
      />
      <LiveField
        label={t('events.page.link')}
        type="url"
        value={event.link}
        placeholder="https://…"
        onSave={(value) => save({ link: value.trim() })}
      />
      {isHttpUrl(link) && (
        <p className="event-link-open">
          <ExternalLink href={link} label={t('events.page.openLink', { link })}>
            {link}
          </ExternalLink>
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.circle}>{t('events.page.circle')}</label>
        <select
          id={ids.circle}
          value={event.circleId ?? ''}
          onChange={(e) => save({ circleId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('events.page.noCircle')}</option>
          {circles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name || t('circles.untitled')}
            </option>
          ))}
        </select>
      </div>
      <EntityPicker
        label={t('events.page.goals')}
        options={goalOptions}
        selected={linkedGoals}
        onAdd={(goalId) => edit(() => linkEventToGoal(doc, event.id, goalId))}
        onRemove={(goalId) => edit(() => unlinkEventFromGoal(doc, event.id, goalId))}
        renderChip={(option) => <a href={routeHref({ view: 'goal', id: option.id })}>{option.label}</a>}
      />
      {goals.length === 0 && <p className="hint">{t('events.page.noGoals')}</p>}
    </section>
  );
}

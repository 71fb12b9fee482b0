// The people and circles that serve a goal, chosen from the journal; each chip links to its page, people
// with their pipeline stage. Contacts are linked on both sides in one undoable step.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  circlesMap,
  linkContactToGoal,
  listCircles,
  unlinkContactFromGoal,
  updateGoal,
  type Goal,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { useEdit } from '../../data/use-edit';
import { useYSnapshot } from '../../data/use-collection';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import { GoalEvents } from '../events/GoalEvents';

export function GoalLinks({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const contacts = useContacts();
  const circles = useYSnapshot(circlesMap(doc), () => listCircles(doc, i18n.language), i18n.language);
  const people = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: t(`goals.stages.${c.stage}`) })),
    [contacts, t],
  );
  // A link half-written by an older replica still shows: either side naming it counts (as in goalProgress).
  const linked = useMemo(
    () => [...new Set([...goal.contactIds, ...contacts.filter((c) => c.goalIds.includes(goal.id)).map((c) => c.id)])],
    [goal.contactIds, goal.id, contacts],
  );
  const circleOptions = useMemo(
    () => circles.map((c) => ({ id: c.id, label: c.name || t('circles.untitled') })),
    [circles, t],
  );

  return (
    <section className="panel entity-panel goal-panel goal-links" aria-label={t('goals.page.links')}>
      <EntityPicker
        label={t('goals.page.people')}
        options={people}
        selected={linked}
        onAdd={(id) => edit(() => linkContactToGoal(doc, id, goal.id))}
        onRemove={(id) => edit(() => unlinkContactFromGoal(doc, id, goal.id))}
        renderChip={(option) => (
          <>
            <a href={routeHref({ view: 'contact', id: option.id })}>{option.label}</a>
            {option.detail && <span className="entity-chip-stage"> · {option.detail}</span>}
          </>
        )}
      />
      <p className="hint goal-links-hint">
        {t(contacts.length === 0 ? 'goals.page.noPeopleYet' : 'goals.page.peopleHint')}
      </p>
      <EntityPicker
        label={t('goals.page.circles')}
        options={circleOptions}
        selected={goal.circleIds}
        onAdd={(id) => edit(() => updateGoal(doc, goal.id, { circleIds: [...goal.circleIds, id] }))}
        onRemove={(id) => edit(() => updateGoal(doc, goal.id, { circleIds: goal.circleIds.filter((c) => c !== id) }))}
        renderChip={(option) => <a href={routeHref({ view: 'circle', id: option.id })}>{option.label}</a>}
      />
      {circles.length === 0 && <p className="hint goal-links-hint">{t('goals.page.noCircles')}</p>}
      <GoalEvents goal={goal} />
    </section>
  );
}

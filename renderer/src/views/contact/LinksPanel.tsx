// Which goals this person serves and which circles they belong to: chosen from the journal's own goals and
// circles, each shown as a link to its page. Links are written on both sides in one undoable step.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addCircleMember,
  circlesMap,
  goalsMap,
  linkContactToGoal,
  listCircles,
  listGoals,
  removeCircleMember,
  unlinkContactFromGoal,
  type Contact,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useYSnapshot } from '../../data/use-collection';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';

export function LinksPanel({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const goals = useYSnapshot(goalsMap(doc), () => listGoals(doc));
  const circles = useYSnapshot(circlesMap(doc), () => listCircles(doc, i18n.language), i18n.language);
  const goalOptions = useMemo(() => goals.map((g) => ({ id: g.id, label: g.title })), [goals]);
  const circleOptions = useMemo(() => circles.map((c) => ({ id: c.id, label: c.name })), [circles]);

  return (
    <section className="panel contact-links" aria-labelledby="contact-links-title">
      <h3 id="contact-links-title">{t('contact.links.title')}</h3>
      {goals.length > 0 ? (
        <EntityPicker
          label={t('contact.links.goals')}
          options={goalOptions}
          selected={contact.goalIds}
          onAdd={(goalId) => edit(() => linkContactToGoal(doc, contact.id, goalId))}
          onRemove={(goalId) => edit(() => unlinkContactFromGoal(doc, contact.id, goalId))}
          renderChip={(option) => <a href={routeHref({ view: 'goal', id: option.id })}>{option.label}</a>}
        />
      ) : (
        <p className="hint contact-links-empty">
          {t('contact.links.noGoals')} <a href={routeHref({ view: 'goals' })}>{t('contact.links.createGoal')}</a>.
        </p>
      )}
      {circles.length > 0 ? (
        <EntityPicker
          label={t('contact.links.circles')}
          options={circleOptions}
          selected={contact.circleIds}
          onAdd={(circleId) => edit(() => addCircleMember(doc, circleId, contact.id))}
          onRemove={(circleId) => edit(() => removeCircleMember(doc, circleId, contact.id))}
          renderChip={(option) => <a href={routeHref({ view: 'circle', id: option.id })}>{option.label}</a>}
        />
      ) : (
        <p className="hint contact-links-empty">
          {t('contact.links.noCircles')} <a href={routeHref({ view: 'circles' })}>{t('contact.links.createCircle')}</a>.
        </p>
      )}
    </section>
  );
}

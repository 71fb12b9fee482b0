// Who is in the circle, chosen from the journal's people; each chip links to the person with their stage.
// Membership is written on both sides in one undoable step.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addCircleMember, removeCircleMember, type Circle } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import { circleMembers } from './circle-members';

export function CircleMembers({ circle }: { circle: Circle }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const contacts = useContacts();
  const options = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: t(`goals.stages.${c.stage}`) })),
    [contacts, t],
  );
  const members = useMemo(() => circleMembers(circle, contacts).map((c) => c.id), [circle, contacts]);

  return (
    <section className="panel entity-panel circle-panel" aria-label={t('circles.page.members')}>
      <EntityPicker
        label={t('circles.page.members')}
        options={options}
        selected={members}
        onAdd={(id) => edit(() => addCircleMember(doc, circle.id, id))}
        onRemove={(id) => edit(() => removeCircleMember(doc, circle.id, id))}
        renderChip={(option) => (
          <>
            <a href={routeHref({ view: 'contact', id: option.id })}>{option.label}</a>
            {option.detail && <span className="entity-chip-stage"> · {option.detail}</span>}
          </>
        )}
      />
      <p className="hint">{t(contacts.length === 0 ? 'circles.page.noPeopleYet' : 'circles.page.membersHint')}</p>
    </section>
  );
}

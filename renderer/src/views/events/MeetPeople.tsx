// "People I want to meet": contacts chosen through the picker (each chip links to the person), and names
// of people who are not contacts yet — they become contacts when I record that I met them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateEvent, type JournalEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import { TextListEditor } from './TextListEditor';

export function MeetPeople({ event }: { event: JournalEvent }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const contacts = useContacts();
  const options = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: c.company || undefined })),
    [contacts],
  );
  // Id sets keep no order; the chips read best by name.
  const names = useMemo(() => new Map(contacts.map((c) => [c.id, c.name])), [contacts]);
  const selected = [...event.meetContactIds].sort((a, b) =>
    (names.get(a) ?? '').localeCompare(names.get(b) ?? '', i18n.language),
  );
  const save = (meetContactIds: string[]): void => edit(() => updateEvent(doc, event.id, { meetContactIds }));

  return (
    <div className="event-meet">
      <EntityPicker
        label={t('events.page.meet')}
        options={options}
        selected={selected}
        onAdd={(id) => save([...event.meetContactIds, id])}
        onRemove={(id) => save(event.meetContactIds.filter((c) => c !== id))}
        renderChip={(option) => <a href={routeHref({ view: 'contact', id: option.id })}>{option.label}</a>}
      />
      <TextListEditor
        label={t('events.page.meetNames')}
        hint={t('events.page.meetHint')}
        addLabel={t('events.page.meetNew')}
        placeholder={t('events.page.meetNewPlaceholder')}
        items={event.meetNames}
        onChange={(meetNames) => edit(() => updateEvent(doc, event.id, { meetNames }))}
      />
    </div>
  );
}

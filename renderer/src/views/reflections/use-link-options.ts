// The people, events and goals a reflection can link to, as picker options, and their names by id for the
// list's rows. Reads stay language-free (cached by Yjs type alone); wording is added in a memo.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsMap, goalsMap, listEvents, listGoals } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { useYSnapshot } from '../../data/use-collection';
import type { PickerOption } from '../../ui/picker-match';
import { formatDay } from '../contact/contact-wording';

export interface LinkOptions {
  people: PickerOption[];
  events: PickerOption[];
  goals: PickerOption[];
  /** Every linkable name by id (ids are unique across collections). */
  names: ReadonlyMap<string, string>;
}

export function useLinkOptions(): LinkOptions {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const contacts = useContacts();
  const events = useYSnapshot(eventsMap(doc), () =>
    listEvents(doc)
      .map((e) => ({ id: e.id, title: e.title, date: e.date }))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  );
  const goals = useYSnapshot(goalsMap(doc), () => listGoals(doc).map((g) => ({ id: g.id, title: g.title })));
  const locale = i18n.language;
  return useMemo(() => {
    const people = contacts.map((c) => ({ id: c.id, label: c.name }));
    const eventOptions = events.map((e) => ({
      id: e.id,
      label: e.title || t('reflections.untitledEvent'),
      detail: e.date ? formatDay(e.date, locale) : undefined,
    }));
    const goalOptions = goals.map((g) => ({ id: g.id, label: g.title || t('goals.untitled') }));
    const names = new Map<string, string>();
    for (const option of [...people, ...eventOptions, ...goalOptions]) names.set(option.id, option.label);
    return { people, events: eventOptions, goals: goalOptions, names };
  }, [contacts, events, goals, locale, t]);
}

// The "Record what happened" form as plain data: who is on the list to start with, and how the ticked
// people become the schema's Aftermath (plus what the event's own "People I want to meet" becomes).
import type { Aftermath, EnergyCost, JournalEvent, MetPerson } from '@shared/schema';

export interface PersonLine {
  /** Stable key for React and labels. */
  key: string;
  contactId?: string;
  name: string;
  met: boolean;
  line: string;
  nextStep: string;
  due: string;
}

export interface AftermathForm {
  energy: EnergyCost | undefined;
  people: PersonLine[];
}

/** Pre-filled with the people I wanted to meet who are not recorded as met yet, each ticked. */
export function initialForm(event: JournalEvent, nameOf: (contactId: string) => string | undefined): AftermathForm {
  const contacts = event.meetContactIds
    .filter((id) => !event.metContactIds.includes(id))
    .flatMap((id) => {
      const name = nameOf(id);
      return name === undefined ? [] : [person(`c:${id}`, name, id)];
    })
    // Id sets keep no order; by name reads calmly.
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = event.meetNames.map((name) => person(`n:${name}`, name));
  return { energy: event.energySpent ?? event.energyPlanned, people: [...contacts, ...names] };
}

export function person(key: string, name: string, contactId?: string): PersonLine {
  return { key, contactId, name, met: true, line: '', nextStep: '', due: '' };
}

/** Adds a new name (ticked) unless it is empty or already on the list; returns the same list otherwise. */
export function addName(people: readonly PersonLine[], raw: string): readonly PersonLine[] {
  const name = raw.trim();
  if (name === '' || people.some((p) => p.name.toLocaleLowerCase() === name.toLocaleLowerCase())) return people;
  return [...people, person(`n:${name}`, name)];
}

export function toAftermath(form: AftermathForm & { energy: EnergyCost }): Aftermath {
  const met = form.people
    .filter((p) => p.met)
    .map((p): MetPerson => {
      const next = p.nextStep.trim();
      return {
        ...(p.contactId !== undefined ? { contactId: p.contactId } : { name: p.name }),
        line: p.line.trim(),
        ...(next !== '' ? { nextStep: { text: next, due: p.due || undefined } } : {}),
      };
    });
  return { energySpent: form.energy, met };
}

/**
 * After saving, new names met are contacts: the event's "People I want to meet" lists them as contacts
 * instead of names, so recording again neither forgets nor duplicates them.
 */
export function wantedAfter(
  event: JournalEvent,
  people: readonly PersonLine[],
  recordedIds: readonly string[],
): { meetContactIds: string[]; meetNames: string[] } {
  const met = people.filter((p) => p.met);
  const wanted = (p: PersonLine): boolean => p.contactId === undefined && event.meetNames.includes(p.name);
  const converted = new Set(met.filter(wanted).map((p) => p.name));
  // recordedIds follow the order of the ticked people (recordAftermath keeps it).
  const newIds = met.flatMap((p, i) => (wanted(p) && recordedIds[i] ? [recordedIds[i]] : []));
  return {
    meetContactIds: [...new Set([...event.meetContactIds, ...newIds])],
    meetNames: event.meetNames.filter((name) => !converted.has(name)),
  };
}

// "Record what happened" after an event, as one transaction (so one Undo takes it all back): the energy it
// took, the people met — new names become contacts — one 'event' interaction per person linked to the event,
// and a next step per person where one was written.
import type * as Y from 'yjs';
import { localDay } from './dates';
import { nextStepValue } from './contact-fields';
import { createContact, readContact, updateContact } from './contacts';
import { readEnergyCost, readEvent, type EnergyCost } from './events';
import { findEntity, requireEntity, touch } from './entity';
import { addId } from './id-set';
import { logInteraction } from './interactions';

export interface MetPerson {
  /** An existing contact, or… */
  contactId?: string;
  /** …a new name, who becomes a contact. */
  name?: string;
  /** A line about the conversation; the interaction's summary. */
  line?: string;
  nextStep?: { text: string; due?: string };
}

export interface Aftermath {
  energySpent: EnergyCost;
  met: readonly MetPerson[];
}

export interface AftermathResult {
  /** Everyone met, in the order given (new contacts' fresh ids included). */
  contactIds: string[];
  interactionIds: string[];
}

/** Stages that meeting in person moves on: you are now in touch. */
const MOVES_TO_IN_TOUCH = new Set(['identified', 'reached-out']);

export function recordAftermath(
  doc: Y.Doc,
  eventId: string,
  aftermath: Aftermath,
  now: Date = new Date(),
  fallbackSummary = 'Met at the event',
): AftermathResult {
  const map = requireEntity(doc, 'events', eventId);
  const event = readEvent(eventId, map);
  // Everything is checked before the first write: a Yjs transaction cannot be rolled back.
  if (readEnergyCost(aftermath.energySpent) === undefined) throw new RangeError('Energy must be 1, 2, 3, 4 or 5');
  const seen = new Set<string>();
  for (const person of aftermath.met) {
    if (person.contactId !== undefined) {
      requireEntity(doc, 'contacts', person.contactId);
      if (seen.has(person.contactId)) throw new RangeError('A person met is listed twice');
      seen.add(person.contactId);
    } else if ((person.name ?? '').trim() === '') throw new RangeError('A person met needs a contact or a name');
    if (person.nextStep && person.nextStep.text.trim() !== '')
      nextStepValue({ text: person.nextStep.text, due: person.nextStep.due });
  }
  // A circle or goal purged on another device may still be named by the event: new contacts skip it rather
  // than fail half-way through the transaction.
  const circleIds = event.circleId !== undefined && findEntity(doc, 'circles', event.circleId) ? [event.circleId] : [];
  const goalIds = event.goalIds.filter((id) => findEntity(doc, 'goals', id) !== undefined);
  const day = event.date !== '' && event.date <= localDay(now) ? event.date : localDay(now);
  const result: AftermathResult = { contactIds: [], interactionIds: [] };
  doc.transact(() => {
    for (const person of aftermath.met) {
      let contactId = person.contactId;
      if (contactId === undefined) {
        contactId = createContact(
          doc,
          {
            name: person.name ?? '',
            source: 'event',
            stage: 'in-touch',
            circleIds,
            goalIds,
          },
          now,
        );
      } else {
        const contact = readContact(contactId, requireEntity(doc, 'contacts', contactId));
        if (MOVES_TO_IN_TOUCH.has(contact.stage)) updateContact(doc, contactId, { stage: 'in-touch' }, now);
      }
      const summary = (person.line ?? '').trim() || event.title || fallbackSummary;
      result.interactionIds.push(
        logInteraction(doc, { date: day, kind: 'event', summary, eventId, contactIds: [contactId] }, now),
      );
      if (person.nextStep && person.nextStep.text.trim() !== '')
        updateContact(doc, contactId, { nextStep: { text: person.nextStep.text, due: person.nextStep.due } }, now);
      addId(map, 'metContactIds', contactId);
      result.contactIds.push(contactId);
    }
    map.set('energySpent', aftermath.energySpent);
    map.set('recordedAt', now.toISOString());
    touch(map, now);
  });
  return result;
}

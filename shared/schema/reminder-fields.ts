// Just the fields reminders need (the tray's follow-ups, later the daily notification), read with the same
// readers as readContact but without tags, links and id sets: a pass over 10,000 contacts stays cheap.
import type { EntityMap } from './journal-doc';
import { STAGES, type Contact } from './contacts';
import { readCadence, readNextStep } from './contact-fields';
import { oneOf, optDay, optStr, str } from './fields';

export type ReminderFields = Pick<
  Contact,
  'id' | 'name' | 'stage' | 'nextStep' | 'cadence' | 'snoozedUntil' | 'createdAt' | 'deletedAt'
>;

export function readReminderFields(id: string, map: EntityMap): ReminderFields {
  return {
    id,
    name: str(map.get('name')),
    stage: oneOf(map.get('stage'), STAGES, 'identified'),
    nextStep: readNextStep(map.get('nextStep')),
    cadence: readCadence(map.get('cadence')),
    snoozedUntil: optDay(map.get('snoozedUntil')),
    createdAt: str(map.get('createdAt')),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

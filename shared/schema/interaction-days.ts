// Just the day and the people of an interaction, read in one pass over its map, for indexes over many
// interactions (the People list's "last interaction" for 10,000 people) that would not read summaries,
// notes and energy they never show. Agrees with readInteraction and lastInteractionDates (tested).
import type { EntityMap } from './journal-doc';
import { dayOfStamp, isDay } from './dates';
import { optStr, str } from './fields';

export interface InteractionDay {
  /** As readInteraction's date: the day it happened, or the day it was logged if that is unreadable. */
  date: string;
  contactIds: string[];
  live: boolean;
}

const MEMBER = 'contactIds:';

export function readInteractionDay(map: EntityMap): InteractionDay {
  const contactIds: string[] = [];
  for (const [key, value] of map.entries()) {
    if (
      key.startsWith(MEMBER) &&
      key.length > MEMBER.length &&
      value !== false &&
      value !== null &&
      value !== undefined
    ) {
      contactIds.push(key.slice(MEMBER.length));
    }
  }
  const date = map.get('date');
  return {
    date: isDay(date) ? date : (dayOfStamp(str(map.get('createdAt'))) ?? ''),
    contactIds: contactIds.sort(), // id order, like readIds, so every replica reads the same
    live: optStr(map.get('deletedAt')) === undefined,
  };
}

/** The newest day per contact over live interactions: the same answer as lastInteractionDates. */
export function lastDaysByContact(days: Iterable<InteractionDay>): Map<string, string> {
  const last = new Map<string, string>();
  for (const day of days) {
    if (!day.live) continue;
    for (const id of day.contactIds) {
      const known = last.get(id);
      if (known === undefined || day.date > known) last.set(id, day.date);
    }
  }
  return last;
}

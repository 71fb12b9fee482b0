// Outreach: sending a drafted message and the weekly "reach out to N new people" challenge. Reaching out
// is written first, calmly, as a draft; sending it is one step that logs it and moves the pipeline on.
import type * as Y from 'yjs';
import { settingsMap } from './journal-doc';
import { num, optDay } from './fields';
import { localDay, weekOf } from './dates';
import { eachEntity, isLive, requireEntity, touch } from './entity';
import { readContact, updateContact } from './contacts';
import { logInteraction, readInteraction } from './interactions';
import { clearFragment, ensureFragment, plainText } from './rich-text';

export const DEFAULT_WEEKLY_TARGET = 2;
const MAX_WEEKLY_TARGET = 20;

/**
 * Records that the contact's draft was sent, in one transaction: logs a 'message' interaction dated today
 * (summary = the draft's first non-empty line, or `fallbackSummary`; the full text goes to its notes so the
 * draft is never lost), moves stage 'identified' to 'reached-out' (other stages are left alone) and empties
 * the draft. The renderer passes a translated fallback; the stored text is not translated later.
 */
export function markDraftSent(
  doc: Y.Doc,
  contactId: string,
  now: Date = new Date(),
  fallbackSummary = 'Sent a message',
): string {
  const map = requireEntity(doc, 'contacts', contactId);
  let interactionId = '';
  doc.transact(() => {
    const draft = ensureFragment(map, 'draft');
    const text = plainText(draft).trim();
    const firstLine = text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '');
    interactionId = logInteraction(
      doc,
      { kind: 'message', summary: firstLine ?? fallbackSummary, notes: text, contactIds: [contactId] },
      now,
    );
    if (readContact(contactId, map).stage === 'identified')
      updateContact(doc, contactId, { stage: 'reached-out' }, now);
    else touch(map, now);
    clearFragment(draft);
  });
  return interactionId;
}

export function weeklyChallengeTarget(doc: Y.Doc): number {
  const n = num(settingsMap(doc).get('weeklyChallengeTarget'), DEFAULT_WEEKLY_TARGET);
  return Number.isInteger(n) && n >= 0 && n <= MAX_WEEKLY_TARGET ? n : DEFAULT_WEEKLY_TARGET;
}

/** 0 is allowed: a quiet week is a choice, not a failure. */
export function setWeeklyChallengeTarget(doc: Y.Doc, target: number): void {
  if (!Number.isInteger(target) || target < 0 || target > MAX_WEEKLY_TARGET) {
    throw new RangeError(`The weekly target is a whole number from 0 to ${MAX_WEEKLY_TARGET}`);
  }
  settingsMap(doc).set('weeklyChallengeTarget', target);
}

export interface WeeklyChallenge {
  target: number;
  reachedOut: number;
  contactIds: string[];
  /** The week counted, first and last day inclusive (YYYY-MM-DD). */
  weekStart: string;
  weekEnd: string;
}

/**
 * Who was reached out to for the first time this week. A live contact's first reach-out day is the earlier
 * of (a) the date of its first live 'message' interaction and (b) `reachedOutOn`, stamped when its stage
 * first moved from 'identified' to reached-out, in-touch or relationship. The contact counts when that day
 * falls in the week containing `today` (weekStartsOn 1 = Monday, ISO; 0 = Sunday). A later message to the
 * same person never counts again, so the number only grows through new people.
 */
export function weeklyChallenge(doc: Y.Doc, today: string | Date, weekStartsOn = 1): WeeklyChallenge {
  const { start, end } = weekOf(typeof today === 'string' ? today : localDay(today), weekStartsOn);
  const first = new Map<string, string>();
  const consider = (contactId: string, day: string): void => {
    const seen = first.get(contactId);
    if (seen === undefined || day < seen) first.set(contactId, day);
  };
  eachEntity(doc, 'interactions', (map, id) => {
    // Only messages count; checking the kind first spares reading every other interaction in full.
    if (map.get('kind') !== 'message' || !isLive(map)) return;
    const interaction = readInteraction(id, map);
    if (interaction.kind === 'message' && interaction.date !== '')
      interaction.contactIds.forEach((c) => consider(c, interaction.date));
  });
  const contactIds: string[] = [];
  eachEntity(doc, 'contacts', (map, id) => {
    if (!isLive(map)) return;
    const reachedOutOn = optDay(map.get('reachedOutOn'));
    if (reachedOutOn) consider(id, reachedOutOn);
    const day = first.get(id);
    if (day !== undefined && day >= start && day <= end) contactIds.push(id);
  });
  contactIds.sort();
  return {
    target: weeklyChallengeTarget(doc),
    reachedOut: contactIds.length,
    contactIds,
    weekStart: start,
    weekEnd: end,
  };
}

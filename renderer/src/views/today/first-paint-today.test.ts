// The first paint (issue 10) must show what the journal shows: Today's items and People's rows from the thin
// copy (shared/first-paint) equal those from the whole journal, on the day it was made and the days after.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDays,
  createContact,
  interactionsMap,
  lastInteractionDates,
  listCircles,
  listContacts,
  listEvents,
  listGoals,
  listInbox,
  logInteraction,
  readInteraction,
  energyBudget,
  reviewDay,
  lastReviewOn,
  trash,
  weekOf,
} from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { thinJournal, UNLISTED_CONTACT_FIELDS } from '@shared/first-paint/thin-journal';
import { generateJournal, scaledSize } from '../../../../bench/generate';
import { todayItems } from './today-items';

const MADE_ON = '2026-06-15';

function weekInteractions(doc: Y.Doc, since: string) {
  const list: ReturnType<typeof readInteraction>[] = [];
  interactionsMap(doc).forEach((map, id) => {
    const interaction = readInteraction(id, map);
    if (interaction.deletedAt === undefined && interaction.date >= since) list.push(interaction);
  });
  return list.sort((a, b) => a.id.localeCompare(b.id));
}

function today(doc: Y.Doc, day: string) {
  return todayItems({
    today: day,
    contacts: listContacts(doc),
    lastInteractions: lastInteractionDates(doc),
    events: listEvents(doc),
    interactions: weekInteractions(doc, weekOf(day, 1).start),
    inboxCount: listInbox(doc).length,
    energyBudget: energyBudget(doc),
    reviewDay: reviewDay(doc),
    lastReviewOn: lastReviewOn(doc),
  });
}

function journal(): Y.Doc {
  const { doc } = generateJournal(scaledSize(150), MADE_ON, 7);
  // What generated journals lack: a trashed person and interaction, and someone seen only long ago.
  const gone = createContact(doc, { name: 'Trashed Person' }, at('2025-01-01'));
  trash(doc, 'contacts', gone, at('2026-06-01'));
  const old = createContact(doc, { name: 'Åsa Long-ago', cadence: { idealDays: 30, maxDays: 60 } }, at('2024-01-01'));
  logInteraction(doc, { date: '2024-02-01', kind: 'coffee', summary: 'Fika', contactIds: [old] }, at('2024-02-01'));
  const undone = logInteraction(doc, { date: MADE_ON, kind: 'message', summary: 'x', contactIds: [old] }, at(MADE_ON));
  trash(doc, 'interactions', undone, at(MADE_ON));
  return doc;
}

describe('the first paint shows what the journal shows', () => {
  const full = journal();
  const thin = new Y.Doc();
  Y.applyUpdate(thin, Y.encodeStateAsUpdate(thinJournal(full, MADE_ON)));

  /** What People and Today read: every person (an object with a stage) without the fields no list shows. */
  const listed = <T>(value: T): T =>
    JSON.parse(
      JSON.stringify(value, function (this: Record<string, unknown>, key, field: unknown) {
        return 'stage' in this && UNLISTED_CONTACT_FIELDS.includes(key) ? undefined : field;
      }),
    ) as T;

  it('lists the same people, with the same last contact, goals and circles', () => {
    expect(listed(listContacts(thin))).toEqual(listed(listContacts(full)));
    expect(listed(listContacts(thin))[0]).toHaveProperty('createdAt');
    expect(lastInteractionDates(thin)).toEqual(lastInteractionDates(full));
    expect(listGoals(thin).map((g) => g.id)).toEqual(listGoals(full).map((g) => g.id));
    expect(listCircles(thin)).toEqual(listCircles(full));
    expect(listEvents(thin)).toEqual(listEvents(full));
  });

  it("gives Today's items of the day it was made and of the weeks after", () => {
    for (const day of [MADE_ON, addDays(MADE_ON, 1), addDays(MADE_ON, 6), addDays(MADE_ON, 30)]) {
      expect(listed(today(thin, day))).toEqual(listed(today(full, day)));
    }
  });

  it('is a fraction of the journal: no rich text, no trash, older interactions as days only', () => {
    const size = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).length;
    expect(size(thin)).toBeLessThan(size(full) / 2);
    expect(JSON.stringify(thin.getMap('contacts').toJSON())).not.toContain('Trashed Person');
    thin.getMap('reflections').forEach((map) => expect((map as Y.Map<unknown>).get('body')).toBeUndefined());
    expect(weekInteractions(thin, '2000-01-01').length).toBeLessThan(weekInteractions(full, '2000-01-01').length);
  });
});

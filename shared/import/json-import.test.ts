import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createContact,
  eventNotes,
  getContact,
  getEvent,
  getGoal,
  getReflection,
  listContacts,
  listEvents,
  listInteractions,
  listReflections,
  migrate,
  plainText,
  reflectionBody,
} from '../schema';
import { exportJournalJson } from '../export/json-export';
import { practiceJournal } from '../export/test-journal';
import { applyJsonImport, planJsonImport } from './json-import';

function emptyJournal(): Y.Doc {
  const doc = new Y.Doc();
  migrate(doc);
  return doc;
}

function importInto(doc: Y.Doc, json: unknown) {
  const plan = planJsonImport(doc, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  applyJsonImport(doc, plan);
  return plan;
}

describe('JSON export and import of events and reflections', () => {
  it('exports events and reflections with their links, lists and rich text as plain lines', () => {
    const { doc, event, reflection, goal, kim, asa } = practiceJournal();
    const json = exportJournalJson(doc);
    const e = json.events.find((x) => x.id === event)!;
    expect(e).toMatchObject({
      title: 'Design meetup',
      date: '2026-12-03',
      time: '18:30',
      openers: ['What are you working on?', 'How did you get into research?'],
      meetContactIds: [kim],
      meetNames: ['Noor Haddad'],
      goalIds: [goal],
      energyPlanned: 3,
      energySpent: 4,
      notes: 'Bring cards\nask about hiring\nsay thanks',
    });
    expect(e.metContactIds).toHaveLength(2);
    expect(Object.keys(e).filter((k) => k.includes(':'))).toEqual([]);
    expect(json.reflections.find((x) => x.id === reflection)).toMatchObject({
      date: '2026-11-30',
      title: 'After the meetup',
      kind: 'entry',
      energy: 2,
      contactIds: [asa],
      eventIds: [event],
      goalIds: [goal],
      promptId: 'listen-1',
      body: 'I listened more than I talked\nSecond line',
    });
    expect(json.interactions.filter((i) => i.eventId === event)).toHaveLength(2);
    expect(json.goals[0]!.eventIds).toEqual([event]);
  });

  it('imports them into another journal with every link pointing at the imported entities', () => {
    const source = practiceJournal();
    const target = emptyJournal();
    const plan = importInto(target, exportJournalJson(source.doc));
    expect(plan.problems).toEqual([]);
    const contacts = new Map(listContacts(target).map((c) => [c.name, c.id]));
    const reflection = getReflection(target, source.reflection)!;
    expect(reflection.contactIds).toEqual([contacts.get('Åsa Lind')]);
    expect(reflection.eventIds).toEqual([source.event]);
    expect(plainText(reflectionBody(target, source.reflection))).toBe('I listened more than I talked\nSecond line');
    const event = getEvent(target, source.event)!;
    expect(event.meetContactIds).toEqual([contacts.get('Kim Berg')]);
    expect(event.metContactIds.sort()).toEqual([contacts.get('Kim Berg'), contacts.get('Noor Haddad')].sort());
    expect(event).toMatchObject({ meetNames: ['Noor Haddad'], energySpent: 4, time: '18:30', circleId: source.circle });
    expect(plainText(eventNotes(target, source.event))).toBe('Bring cards\nask about hiring\nsay thanks');
    expect(getGoal(target, source.goal)!.eventIds).toEqual([source.event]);
    const linked = listInteractions(target).filter((i) => i.eventId === source.event);
    expect(linked.flatMap((i) => i.contactIds).every((id) => [...contacts.values()].includes(id))).toBe(true);
    expect(listInteractions(target).find((i) => i.kind === 'call')).toMatchObject({
      energyCost: 1,
      notes: 'Asked about *the* offsite',
    });
  });

  it('points links at the person already in the journal when the file’s contact matches them', () => {
    const source = practiceJournal();
    const target = emptyJournal();
    const mine = createContact(target, { name: 'åsa lind', company: 'NORDLYS' });
    const plan = importInto(target, exportJournalJson(source.doc));
    expect(plan.unchanged.length + plan.updated.length).toBe(1);
    expect(getReflection(target, source.reflection)!.contactIds).toEqual([mine]);
    expect(getGoal(target, source.goal)!.contactIds).toContain(mine);
    expect(getContact(target, mine)!.goalIds).toEqual([source.goal]);
  });

  it('links a new event to a goal the journal already has, on both sides', () => {
    const source = practiceJournal();
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source.doc));
    const json = exportJournalJson(source.doc);
    const copy = { ...json.events[0]!, id: 'event-from-elsewhere' };
    importInto(target, { ...json, events: [copy] });
    expect(getGoal(target, source.goal)!.eventIds).toEqual(['event-from-elsewhere', source.event].sort());
  });

  it('leaves junk out with a warning naming it, and imports the rest', () => {
    const json = exportJournalJson(practiceJournal().doc);
    const [event] = json.events;
    const [reflection] = json.reflections;
    const source = JSON.stringify(
      {
        ...json,
        events: [
          { ...event, date: 'tomorrow', energyPlanned: 9, openers: 5, goalIds: ['no-such-goal'], notes: { x: 1 } },
          { ...event, title: 'A copy with the same id' },
        ],
        reflections: [{ ...reflection, eventIds: ['gone', event!.id], kind: 'poem', circleId: 'nowhere' }],
      },
      null,
      2,
    );
    const target = emptyJournal();
    const plan = importInto(target, source);
    const messages = plan.problems.map((x) => x.message);
    expect(plan.problems.every((x) => x.severity === 'warning' && x.line > 1)).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        'event "Design meetup": left out date, which is not a date (YYYY-MM-DD)',
        'event "Design meetup": left out energyPlanned, which is not a whole number 1–5',
        'event "Design meetup": left out openers, which is not a list of texts',
        'event "Design meetup": left out notes, which is not text',
        'event "Design meetup": left out 1 link(s) in goalIds to nothing',
        `left out a second event with the id "${event!.id}"`,
        'reflection "After the meetup": left out kind, which is not entry or weekly-review',
        'reflection "After the meetup": left out 1 link(s) in eventIds to nothing',
        'reflection "After the meetup": left out circleId, which points to nothing',
      ]),
    );
    expect(listEvents(target)).toHaveLength(1);
    // The junk goal id is gone; the file's own goal still lists the event, so the link comes back from there.
    expect(getEvent(target, event!.id)).toMatchObject({
      title: 'Design meetup',
      date: '',
      openers: [],
      goalIds: [json.goals[0]!.id],
    });
    expect(listReflections(target)[0]).toMatchObject({ kind: 'entry', eventIds: [event!.id] });
  });

  it('writes nothing when the file is not a Rapport export', () => {
    const target = practiceJournal().doc;
    const before = Y.encodeStateVector(target);
    for (const junk of ['{"schemaVersion": 1, "contacts": [], "events": 3}', '[1, 2', '{"events": []}']) {
      const plan = importInto(target, junk);
      expect(plan.problems[0]?.severity).toBe('error');
      expect(plan.others).toEqual([]);
    }
    expect(Y.encodeStateVector(target)).toEqual(before);
  });
});

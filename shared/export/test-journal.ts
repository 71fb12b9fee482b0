// Test helper (not exported from anywhere): a small journal with the whole practice in it — people, a goal,
// a circle, an event prepared and recorded, reflections linked to all of them — and rich text built the way
// TipTap stores it, so the export and import tests share one realistic fixture.
import * as Y from 'yjs';
import {
  contactNotes,
  createCircle,
  createContact,
  createEvent,
  createGoal,
  createReflection,
  eventNotes,
  logInteraction,
  migrate,
  recordAftermath,
} from '../schema';
import { at } from '../schema/test-support';

type Node = Y.XmlElement | Y.XmlText;

/** An element with attributes and children, as y-prosemirror writes it. */
export function el(name: string, children: Node[] = [], attrs: Record<string, string | number> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  if (children.length > 0) node.insert(0, children);
  return node;
}

/** A text run; each piece is [text, marks] (marks as y-prosemirror stores them: { bold: {} }). */
export function text(...pieces: Array<string | [string, Record<string, object>]>): Y.XmlText {
  const node = new Y.XmlText();
  node.applyDelta(pieces.map((p) => (typeof p === 'string' ? { insert: p } : { insert: p[0], attributes: p[1] })));
  return node;
}

export const p = (...pieces: Array<string | [string, Record<string, object>]>): Y.XmlElement =>
  el('paragraph', pieces.length > 0 ? [text(...pieces)] : []);

export interface PracticeJournal {
  doc: Y.Doc;
  asa: string;
  kim: string;
  goal: string;
  circle: string;
  event: string;
  reflection: string;
}

export function practiceJournal(): PracticeJournal {
  const doc = new Y.Doc();
  migrate(doc);
  const asa = createContact(doc, { name: 'Åsa Lind', company: 'Nordlys' }, at('2026-11-01'));
  const kim = createContact(doc, { name: 'Kim Berg', company: 'Fjord' }, at('2026-11-02'));
  contactNotes(doc, asa).insert(0, [
    el('heading', [text('Background')], { level: 2 }),
    p('Met at ', ['Figma', { bold: {} }]),
  ]);
  const goal = createGoal(doc, { title: 'Move into design leadership', contactIds: [asa] }, at('2026-11-03'));
  const circle = createCircle(doc, { name: 'Design leads', memberIds: [asa] }, at('2026-11-04'));
  const event = createEvent(
    doc,
    {
      title: 'Design meetup',
      date: '2026-12-03',
      time: '18:30',
      place: 'Kulturhuset',
      link: 'https://example.test/meetup',
      circleId: circle,
      goalIds: [goal],
      purpose: 'Meet two people who lead design teams',
      openers: ['What are you working on?', 'How did you get into research?'],
      meetContactIds: [kim],
      meetNames: ['Noor Haddad'],
      energyPlanned: 3,
      exitPlan: 'Leave at 20:00',
    },
    at('2026-11-05'),
  );
  eventNotes(doc, event).insert(0, [
    p('Bring ', ['cards', { italic: {} }]),
    el('bulletList', [el('listItem', [p('ask about hiring')]), el('listItem', [p('say thanks')])]),
  ]);
  recordAftermath(
    doc,
    event,
    { energySpent: 4, met: [{ contactId: kim, line: 'Talked about research' }, { name: 'Noor Haddad' }] },
    at('2026-12-04'),
  );
  logInteraction(
    doc,
    { kind: 'call', contactIds: [asa], date: '2026-11-20', energyCost: 1, notes: 'Asked about *the* offsite' },
    at('2026-11-20'),
  );
  const reflection = createReflection(
    doc,
    {
      date: '2026-11-30',
      title: 'After the meetup',
      energy: 2,
      mood: 'calm',
      contactIds: [asa],
      eventIds: [event],
      goalIds: [goal],
      prompt: { id: 'listen-1', text: 'What did you hear?', group: 'after-event' },
    },
    at('2026-11-30'),
    () => [p('I ', ['listened', { bold: {} }], ' more than I ', ['talked', { italic: {} }]), p('Second line')],
  );
  return { doc, asa, kim, goal, circle, event, reflection };
}

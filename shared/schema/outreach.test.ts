import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { settingsMap } from './journal-doc';
import { createContact, getContact, updateContact } from './contacts';
import { contactDraft } from './contact-text';
import { listInteractionsFor, logInteraction } from './interactions';
import { markDraftSent, setWeeklyChallengeTarget, weeklyChallenge } from './outreach';
import { paragraphs, plainText } from './rich-text';
import { trash } from './trash';
import { at, transactionsDuring } from './test-support';

describe('markDraftSent', () => {
  it('logs the message, moves identified to reached-out and empties the draft, in one transaction', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Pia' }, at('2026-01-01'));
    contactDraft(doc, id).insert(
      0,
      paragraphs('\nHi Pia, I enjoyed your talk on accessibility.\nWould you have 20 minutes?'),
    );
    let interactionId = '';
    expect(transactionsDuring(doc, () => (interactionId = markDraftSent(doc, id, at('2026-01-07'))))).toBe(1);
    const [logged] = listInteractionsFor(doc, id);
    expect(logged).toMatchObject({
      id: interactionId,
      date: '2026-01-07',
      kind: 'message',
      summary: 'Hi Pia, I enjoyed your talk on accessibility.',
      notes: 'Hi Pia, I enjoyed your talk on accessibility.\nWould you have 20 minutes?',
    });
    expect(getContact(doc, id)).toMatchObject({ stage: 'reached-out', reachedOutOn: '2026-01-07' });
    expect(plainText(contactDraft(doc, id))).toBe('');
  });

  it('uses the fallback summary for an empty draft and leaves later stages alone', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Rut', stage: 'relationship' }, at('2026-01-01'));
    markDraftSent(doc, id, at('2026-01-07'));
    markDraftSent(doc, id, at('2026-01-08'), 'Skickade ett meddelande');
    expect(listInteractionsFor(doc, id).map((i) => i.summary)).toEqual(['Skickade ett meddelande', 'Sent a message']);
    expect(getContact(doc, id)?.stage).toBe('relationship');
  });
});

describe('weeklyChallenge', () => {
  // 2026-01-04 is a Sunday, 2026-01-05 a Monday.
  function journal() {
    const doc = new Y.Doc();
    const make = (name: string) => createContact(doc, { name }, at('2025-12-01'));
    return { doc, a: make('A'), b: make('B'), c: make('C'), d: make('D') };
  }

  it('counts people first messaged in the Monday-based week containing today', () => {
    const { doc, a, b, c } = journal();
    logInteraction(doc, { kind: 'message', date: '2026-01-04', contactIds: [a] }); // Sunday: last week
    logInteraction(doc, { kind: 'message', date: '2026-01-05', contactIds: [b] }); // Monday: this week
    logInteraction(doc, { kind: 'message', date: '2026-01-11', contactIds: [c, b] }); // Sunday: this week
    logInteraction(doc, { kind: 'message', date: '2026-01-06', contactIds: [a] }); // a again: not new
    logInteraction(doc, { kind: 'coffee', date: '2026-01-06', contactIds: [a] });
    expect(weeklyChallenge(doc, '2026-01-05')).toEqual({
      target: 2,
      reachedOut: 2,
      contactIds: [b, c].sort(),
      weekStart: '2026-01-05',
      weekEnd: '2026-01-11',
    });
    expect(weeklyChallenge(doc, '2026-01-04').contactIds).toEqual([a]);
    expect(weeklyChallenge(doc, '2026-01-12').reachedOut).toBe(0);
  });

  it('follows weekStartsOn: with Sunday-based weeks, Sunday opens the week', () => {
    const { doc, a, b } = journal();
    logInteraction(doc, { kind: 'message', date: '2026-01-04', contactIds: [a] });
    logInteraction(doc, { kind: 'message', date: '2026-01-03', contactIds: [b] }); // Saturday
    expect(weeklyChallenge(doc, '2026-01-05', 0)).toMatchObject({
      contactIds: [a],
      weekStart: '2026-01-04',
      weekEnd: '2026-01-10',
    });
    expect(weeklyChallenge(doc, '2026-01-03', 0).contactIds).toEqual([b]);
  });

  it('counts a stage moved from identified without a logged message, and not trashed contacts or messages', () => {
    const { doc, a, b, c, d } = journal();
    updateContact(doc, a, { stage: 'in-touch' }, at('2026-01-06'));
    updateContact(doc, b, { stage: 'reached-out' }, at('2026-01-02')); // moved last week…
    logInteraction(doc, { kind: 'message', date: '2026-01-07', contactIds: [b] }); // …so this message is not a first
    logInteraction(doc, { kind: 'message', date: '2026-01-07', contactIds: [c] });
    trash(doc, 'contacts', c);
    const gone = logInteraction(doc, { kind: 'message', date: '2026-01-07', contactIds: [d] });
    trash(doc, 'interactions', gone);
    expect(weeklyChallenge(doc, at('2026-01-09')).contactIds).toEqual([a]);
  });

  it('reads its target from the synced settings, tolerating garbage', () => {
    const { doc } = journal();
    setWeeklyChallengeTarget(doc, 3);
    expect(weeklyChallenge(doc, '2026-01-05').target).toBe(3);
    setWeeklyChallengeTarget(doc, 0);
    expect(weeklyChallenge(doc, '2026-01-05').target).toBe(0);
    expect(() => setWeeklyChallengeTarget(doc, 2.5)).toThrow(RangeError);
    settingsMap(doc).set('weeklyChallengeTarget', 'lots');
    expect(weeklyChallenge(doc, '2026-01-05').target).toBe(2);
  });
});

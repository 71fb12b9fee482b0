import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import fc from 'fast-check';
import { createContact, getContact, type Contact, type ContactInput } from './contacts';
import { contactDraft, contactNotes } from './contact-text';
import { createCircle } from './circles';
import { createGoal } from './goals';
import { listInteractionsFor, logInteraction } from './interactions';
import { mergeContacts } from './merge';
import { MERGE_FILLS, MERGE_LISTS, mergeAddsNothing, mergedInto, previewMerge } from './merge-preview';
import { paragraphs } from './rich-text';
import { trash } from './trash';
import { at } from './test-support';

const now = at('2026-04-01');

function journal() {
  const doc = new Y.Doc();
  const g1 = createGoal(doc, { title: 'Find a mentor' }, now);
  const g2 = createGoal(doc, { title: 'Speak at a meetup' }, now);
  const gone = createGoal(doc, { title: 'Trashed goal' }, now);
  const circle = createCircle(doc, { name: 'Alumni' }, now);
  const keep = createContact(
    doc,
    { name: 'Åsa Lindén', company: 'Nordlys', emails: ['asa@nordlys.se'], tags: ['design'], goalIds: [g1] },
    now,
  );
  const drop = createContact(
    doc,
    {
      name: 'Asa Linden',
      company: 'Nordlys AB',
      role: 'Design lead',
      linkedinUrl: 'https://www.linkedin.com/in/asa',
      emails: ['ASA@nordlys.se', 'asa@home.se'],
      tags: ['design', 'mentor'],
      stage: 'in-touch',
      goalIds: [g1, g2, gone],
      circleIds: [circle],
      nextStep: { text: 'Send the article', due: '2026-04-10' },
    },
    now,
  );
  trash(doc, 'goals', gone, now);
  return { doc, g1, g2, circle, keep, drop };
}

describe('previewMerge', () => {
  it('lists what the kept contact gains, without writing anything', () => {
    const { doc, g2, circle, keep, drop } = journal();
    logInteraction(doc, { kind: 'call', contactIds: [drop] }, now);
    const trashed = logInteraction(doc, { kind: 'coffee', contactIds: [drop] }, now);
    trash(doc, 'interactions', trashed, now);
    contactNotes(doc, drop).insert(0, paragraphs('Likes sailing'));
    const before = Y.encodeStateVector(doc);
    const preview = previewMerge(doc, keep, drop);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(preview).toMatchObject({
      fills: ['role', 'linkedinUrl', 'nextStep'],
      stage: 'in-touch',
      added: { emails: ['asa@home.se'], phones: [], tags: ['mentor'], otherLinks: [] },
      goalIds: [g2],
      circleIds: [circle],
      notes: true,
      draft: false,
    });
    expect(preview.interactionIds).toHaveLength(1);
    expect(mergeAddsNothing(preview)).toBe(false);
  });

  it('says so when the merge brings nothing new', () => {
    const doc = new Y.Doc();
    const keep = createContact(doc, { name: 'Bo', company: 'Lumen', role: 'CTO' }, now);
    const drop = createContact(doc, { name: 'Bo', company: 'Lumen' }, now);
    contactDraft(doc, drop).insert(0, paragraphs('   '));
    expect(mergeAddsNothing(previewMerge(doc, keep, drop))).toBe(true);
  });

  it('agrees with what mergeContacts really does', () => {
    const text = fc.constantFrom('', 'Nordlys', 'Design lead', 'Malmö');
    const list = fc.array(fc.constantFrom('a@x.se', 'A@x.se', 'b@y.se', 'mentor', 'design'), { maxLength: 3 });
    const stage = fc.constantFrom('identified', 'reached-out', 'relationship', 'dormant' as const);
    const side = fc.record({
      company: text,
      role: text,
      location: text,
      why: text,
      linkedinUrl: fc.constantFrom('', 'https://www.linkedin.com/in/x'),
      emails: list,
      tags: list,
      stage,
      cadence: fc.option(fc.constant({ idealDays: 14, maxDays: 30 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(side, side, (k, d) => {
        const doc = new Y.Doc();
        const keep = createContact(doc, { name: 'K', ...k } as ContactInput, now);
        const drop = createContact(doc, { name: 'D', ...d } as ContactInput, now);
        const preview = previewMerge(doc, keep, drop);
        const kept = getContact(doc, keep) as Contact;
        const dropped = getContact(doc, drop) as Contact;
        mergeContacts(doc, keep, drop, now);
        const merged = getContact(doc, keep) as Contact;
        for (const key of MERGE_FILLS) {
          expect(merged[key]).toEqual(preview.fills.includes(key) ? dropped[key] : kept[key]);
        }
        for (const key of MERGE_LISTS) expect(merged[key]).toEqual([...kept[key], ...preview.added[key]]);
        expect(merged.stage).toBe(preview.stage ?? kept.stage);
      }),
      { numRuns: 150 },
    );
  });

  it('moves exactly the interactions it lists', () => {
    const { doc, keep, drop } = journal();
    const a = logInteraction(doc, { kind: 'call', contactIds: [drop] }, now);
    const b = logInteraction(doc, { kind: 'coffee', contactIds: [keep, drop] }, now);
    const preview = previewMerge(doc, keep, drop);
    mergeContacts(doc, keep, drop, now);
    expect(preview.interactionIds).toEqual([a, b].sort());
    expect(
      listInteractionsFor(doc, keep)
        .map((i) => i.id)
        .sort(),
    ).toEqual([a, b].sort());
  });
});

describe('mergedInto', () => {
  it('names the kept contact once merged, and nothing otherwise', () => {
    const { doc, keep, drop } = journal();
    expect(mergedInto(doc, drop)).toBeUndefined();
    expect(mergedInto(doc, 'missing')).toBeUndefined();
    mergeContacts(doc, keep, drop, now);
    expect(mergedInto(doc, drop)).toBe(keep);
  });
});

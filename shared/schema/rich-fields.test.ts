import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCircle } from './circles';
import { circleNotes, hasRichText } from './rich-fields';
import { createGoal, goalStrategy, goalsMap } from './goals';
import { plainText } from './rich-text';
import { replica, sync } from './test-support';

describe('rich fields', () => {
  it('tells whether a goal strategy exists yet, without creating it', () => {
    const doc = new Y.Doc();
    const id = createGoal(doc, { title: 'Mentor' });
    expect(hasRichText(doc, 'goals', id, 'strategy')).toBe(true);
    goalsMap(doc).get(id)?.delete('strategy'); // as a goal imported without one
    expect(hasRichText(doc, 'goals', id, 'strategy')).toBe(false);
    expect(goalsMap(doc).get(id)?.has('strategy')).toBe(false);
    goalStrategy(doc, id);
    expect(hasRichText(doc, 'goals', id, 'strategy')).toBe(true);
  });

  it('creates the fragment once and keeps using it', () => {
    const doc = new Y.Doc();
    const id = createCircle(doc, { name: 'Design managers' });
    expect(hasRichText(doc, 'circles', id, 'notes')).toBe(false);
    const notes = circleNotes(doc, id);
    expect(hasRichText(doc, 'circles', id, 'notes')).toBe(true);
    expect(circleNotes(doc, id)).toBe(notes);
  });

  it('turns plain-text notes from an older version into paragraphs, losing nothing', () => {
    const doc = new Y.Doc();
    const id = createCircle(doc, { name: 'Alumni', notes: 'Meets at the library\nBring a question' });
    expect(plainText(circleNotes(doc, id))).toBe('Meets at the library\nBring a question');
  });

  it('syncs what is written to another device', () => {
    const doc = new Y.Doc();
    const id = createCircle(doc, { name: 'Alumni' });
    const notes = circleNotes(doc, id);
    const other = replica(doc);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Next: March')]);
    notes.insert(0, [p]);
    sync(doc, other);
    expect(plainText(circleNotes(other, id))).toBe('Next: March');
  });

  it('throws for a circle that does not exist', () => {
    expect(() => circleNotes(new Y.Doc(), 'missing')).toThrow(/No circle/);
    expect(hasRichText(new Y.Doc(), 'circles', 'missing', 'notes')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCircleMember,
  circlesMap,
  createCircle,
  getCircle,
  listCircles,
  removeCircleMember,
  updateCircle,
} from './circles';
import { createContact, getContact } from './contacts';
import { trash } from './trash';
import { at, replica, sync } from './test-support';

const now = at('2026-02-01');

describe('circles', () => {
  it('round-trips and keeps unknown fields on update', () => {
    const doc = new Y.Doc();
    const id = createCircle(
      doc,
      { name: ' Managers network ', kind: 'manager', rhythm: 'monthly', notes: 'Second Tuesday, 8:00' },
      now,
    );
    expect(getCircle(doc, id)).toEqual({
      id,
      name: 'Managers network',
      kind: 'manager',
      notes: 'Second Tuesday, 8:00',
      memberIds: [],
      rhythm: 'monthly',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: undefined,
    });
    circlesMap(doc).get(id)?.set('location', 'Floor 3');
    updateCircle(doc, id, { rhythm: 'quarterly' }, at('2026-03-01'));
    expect(getCircle(doc, id)).toMatchObject({ rhythm: 'quarterly', updatedAt: at('2026-03-01').toISOString() });
    expect(circlesMap(doc).get(id)?.get('location')).toBe('Floor 3');
    expect(() => updateCircle(doc, id, { kind: 'cult' as 'other' })).toThrow(RangeError);
  });

  it('lists live circles by name', () => {
    const doc = new Y.Doc();
    createCircle(doc, { name: 'Öresund devs' }, now);
    createCircle(doc, { name: 'alumni' }, now);
    trash(doc, 'circles', createCircle(doc, { name: 'Old club' }, now), now);
    expect(listCircles(doc, 'sv').map((c) => c.name)).toEqual(['alumni', 'Öresund devs']);
  });

  it('keeps membership consistent on the contact and the circle', () => {
    const doc = new Y.Doc();
    const circle = createCircle(doc, { name: 'Alumni' }, now);
    const ana = createContact(doc, { name: 'Ana' }, now);
    const ben = createContact(doc, { name: 'Ben' }, now);
    addCircleMember(doc, circle, ana, now);
    updateCircle(doc, circle, { memberIds: [ana, ben] }, now);
    expect(getContact(doc, ben)?.circleIds).toEqual([circle]);
    removeCircleMember(doc, circle, ana, now);
    expect(getContact(doc, ana)?.circleIds).toEqual([]);
    expect(getCircle(doc, circle)?.memberIds).toEqual([ben]);
    expect(() => addCircleMember(doc, circle, 'nobody', now)).toThrow(/No contact/);
  });

  it('keeps members two devices add concurrently', () => {
    const laptop = new Y.Doc();
    const circle = createCircle(laptop, { name: 'Guild' }, now);
    const ana = createContact(laptop, { name: 'Ana' }, now);
    const ben = createContact(laptop, { name: 'Ben' }, now);
    const desktop = replica(laptop);
    addCircleMember(laptop, circle, ana, now);
    addCircleMember(desktop, circle, ben, now);
    sync(laptop, desktop);
    for (const doc of [laptop, desktop]) {
      expect(getCircle(doc, circle)?.memberIds).toEqual([ana, ben].sort());
      expect(getContact(doc, ben)?.circleIds).toEqual([circle]);
    }
  });
});

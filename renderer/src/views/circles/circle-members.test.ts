import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contactsMap, createCircle, createContact, getCircle, listContacts, trash, type Circle } from '@shared/schema';
import { circleMembers } from './circle-members';

describe('circleMembers', () => {
  it('lists live members, including links only the contact side names', () => {
    const doc = new Y.Doc();
    const circle = createCircle(doc, { name: 'Design leads' });
    const ana = createContact(doc, { name: 'Ana', circleIds: [circle] });
    const bo = createContact(doc, { name: 'Bo', circleIds: [circle] });
    const cy = createContact(doc, { name: 'Cy' });
    createContact(doc, { name: 'Di' });
    contactsMap(doc).get(cy)?.set(`circleIds:${circle}`, true); // half-written by an older replica
    trash(doc, 'contacts', bo);
    const members = circleMembers(getCircle(doc, circle) as Circle, listContacts(doc));
    expect(members.map((c) => c.id)).toEqual([ana, cy]);
  });
});

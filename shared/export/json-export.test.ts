import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInboxNote, contactsMap, createContact, migrate } from '../schema';
import { exportJournalJson } from './json-export';

describe('JSON export', () => {
  it('has the documented top level and contact fields', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const id = createContact(
      doc,
      { name: 'Lin', company: 'Acme', emails: ['lin@acme.test'], tags: ['design'] },
      new Date('2026-01-01T00:00:00Z'),
    );
    const notes = new Y.XmlFragment();
    contactsMap(doc).get(id)!.set('notes', notes);
    const p = new Y.XmlElement('paragraph');
    notes.insert(0, [p]);
    const t = new Y.XmlText();
    p.insert(0, [t]);
    t.insert(0, 'Met at the meetup');
    addInboxNote(doc, 'call Lin');
    const json = exportJournalJson(doc, new Date('2026-02-02T00:00:00Z'));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'contacts',
        'interactions',
        'goals',
        'events',
        'circles',
        'reflections',
        'inbox',
      ]),
    );
    expect(json.schemaVersion).toBe(1);
    expect(json.contacts[0]).toMatchObject({
      id,
      name: 'Lin',
      company: 'Acme',
      role: '',
      linkedinUrl: '',
      emails: ['lin@acme.test'],
      phones: [],
      connectedOn: null,
      stage: 'identified',
      source: 'manual',
      tags: ['design'],
      notes: 'Met at the meetup',
    });
    expect(json.inbox).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('leaves trashed entities out', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Gone' });
    contactsMap(doc).get(id)!.set('deletedAt', '2026-01-01T00:00:00Z');
    expect(exportJournalJson(doc).contacts).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, trash } from '@shared/schema';
import { likelyDuplicates } from './likely-duplicates';

describe('likelyDuplicates', () => {
  it('finds the same person by LinkedIn profile or by name and company, and says which', () => {
    const doc = new Y.Doc();
    const asa = createContact(doc, {
      name: 'Åsa Lindén',
      company: 'Nordlys',
      linkedinUrl: 'https://www.linkedin.com/in/asa',
    });
    const byProfile = createContact(doc, { name: 'A. Lindén', linkedinUrl: 'http://linkedin.com/in/asa/' });
    const byName = createContact(doc, { name: 'asa linden', company: 'NORDLYS' });
    createContact(doc, { name: 'Åsa Lindén', company: 'Other AB' });
    const found = likelyDuplicates(doc, asa).map((d) => [d.contact.id, d.reason]);
    expect(found.sort()).toEqual(
      [
        [byProfile, 'profile'],
        [byName, 'person'],
      ].sort(),
    );
  });

  it('ignores trashed contacts, and finds nothing for a trashed or unknown one', () => {
    const doc = new Y.Doc();
    const a = createContact(doc, { name: 'Bo', company: 'Lumen' });
    const b = createContact(doc, { name: 'Bo', company: 'Lumen' });
    trash(doc, 'contacts', b);
    expect(likelyDuplicates(doc, a)).toEqual([]);
    expect(likelyDuplicates(doc, b)).toEqual([]);
    expect(likelyDuplicates(doc, 'missing')).toEqual([]);
  });
});

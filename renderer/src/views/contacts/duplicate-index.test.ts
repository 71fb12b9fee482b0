import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { createContact, findDuplicates, listContacts, trash } from '@shared/schema';
import { duplicateIndex } from './duplicate-index';

const names = ['Åsa Lindqvist', 'asa lindqvist', 'Johan Ek', 'JOHAN  EK', 'Zoë', 'zoe', ''];
const companies = ['', 'Nordlys AB', 'nordlys ab', 'Fjord'];
const urls = ['', 'https://www.linkedin.com/in/asa', 'linkedin.com/in/ASA/', 'https://www.linkedin.com/in/%C3%A5sa', 'https://www.linkedin.com/in/åsa?x=1'];

describe('duplicate index over contacts', () => {
  it('finds exactly what the schema’s findDuplicates finds', () => {
    const person = fc.record({ name: fc.constantFrom(...names), company: fc.constantFrom(...companies), linkedinUrl: fc.constantFrom(...urls), trashed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), person, (people, candidate) => {
        const doc = new Y.Doc();
        for (const p of people) {
          const id = createContact(doc, { name: p.name || 'x', company: p.company, linkedinUrl: p.linkedinUrl });
          if (p.trashed) trash(doc, 'contacts', id);
        }
        const find = duplicateIndex(listContacts(doc));
        expect(find(candidate)).toEqual(findDuplicates(doc, candidate));
      }),
      { numRuns: 150 },
    );
  });
});

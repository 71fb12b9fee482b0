import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, duplicateFinder, getContact } from '@shared/schema';
import { formDuplicates, storedUrl, type Draft } from './new-contact-duplicates';

function setUp() {
  const doc = new Y.Doc();
  const asa = createContact(doc, {
    name: 'Åsa Lindqvist',
    company: 'Nordlys AB',
    linkedinUrl: 'https://www.linkedin.com/in/asa-lindqvist',
  });
  const johan = createContact(doc, { name: 'Johan Ek', company: 'Fjord' });
  const find = duplicateFinder(doc);
  const check = (draft: Partial<Draft>) =>
    formDuplicates(find, (id) => getContact(doc, id), { name: '', company: '', linkedinUrl: '', ...draft });
  return { asa, johan, check };
}

describe('duplicates while typing a new contact', () => {
  it('finds the same LinkedIn profile however it is written', () => {
    const { asa, check } = setUp();
    expect(check({ linkedinUrl: 'https://se.linkedin.com/in/asa-lindqvist/?originalSubdomain=se' })).toEqual([
      { id: asa, name: 'Åsa Lindqvist', reason: 'profile' },
    ]);
    expect(check({ linkedinUrl: 'linkedin.com/in/ASA-LINDQVIST' })).toMatchObject([{ id: asa, reason: 'profile' }]);
  });

  it('finds the same name and company, ignoring case and accents', () => {
    const { johan, check } = setUp();
    expect(check({ name: 'johan ek', company: 'FJORD' })).toEqual([{ id: johan, name: 'Johan Ek', reason: 'person' }]);
    expect(check({ name: 'Johan Ek', company: 'Another' })).toEqual([]);
  });

  it('says nothing for an empty form and lists the surer match first', () => {
    const { asa, johan, check } = setUp();
    expect(check({})).toEqual([]);
    const both = check({
      name: 'Johan Ek',
      company: 'Fjord',
      linkedinUrl: 'https://www.linkedin.com/in/asa-lindqvist',
    });
    expect(both.map((d) => d.id)).toEqual([asa, johan]);
  });

  it('stores a LinkedIn URL in its canonical form and other URLs as typed', () => {
    expect(storedUrl(' https://se.linkedin.com/in/johan-ek/?x=1 ')).toBe('https://www.linkedin.com/in/johan-ek');
    expect(storedUrl('https://example.com/me')).toBe('https://example.com/me');
    expect(storedUrl('  ')).toBe('');
  });
});

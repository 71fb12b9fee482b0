import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact } from './contacts';
import { duplicateFinder, duplicateIndex, findDuplicates, foldText, profileKey } from './duplicates';
import { trash } from './trash';

describe('findDuplicates', () => {
  function journal() {
    const doc = new Y.Doc();
    const asa = createContact(doc, { name: 'Åsa Lindén', company: 'Nordlys AB' });
    const kenji = createContact(doc, { name: 'Kenji Watanabe', linkedinUrl: 'https://www.linkedin.com/in/kenji-w/' });
    const noCompany = createContact(doc, { name: 'Bo' });
    return { doc, asa, kenji, noCompany };
  }

  it('matches name and company regardless of case, accents and spacing', () => {
    const { doc, asa } = journal();
    expect(findDuplicates(doc, { name: '  asa  LINDEN', company: 'nordlys ab ' })).toEqual([asa]);
    expect(findDuplicates(doc, { name: 'Åsa Lindén', company: 'Other AB' })).toEqual([]);
    expect(findDuplicates(doc, { name: 'Åsa Lindén' })).toEqual([]);
    expect(findDuplicates(doc, { name: 'Åsa Lindén', company: 'Nordlys AB', id: asa })).toEqual([]);
    expect(findDuplicates(doc, { name: '   ' })).toEqual([]);
  });

  it('treats a missing company on both sides as the same company', () => {
    const { doc, noCompany } = journal();
    expect(findDuplicates(doc, { name: 'bo', company: '' })).toEqual([noCompany]);
  });

  it('matches the same LinkedIn profile written differently, whatever the name', () => {
    const { doc, kenji } = journal();
    for (const url of [
      'linkedin.com/in/Kenji-W',
      'HTTPS://www.LinkedIn.com/in/kenji-w?trk=abc',
      'https://linkedin.com/in/kenji-w//#about',
    ]) {
      expect(findDuplicates(doc, { name: 'K. W.', linkedinUrl: url })).toEqual([kenji]);
    }
    expect(findDuplicates(doc, { name: 'K', linkedinUrl: 'https://www.linkedin.com/in/kenji-x' })).toEqual([]);
    expect(profileKey('https://www.linkedin.com/in/%C3%A5sa')).toBe(profileKey('linkedin.com/in/Åsa'));
  });

  it('ignores trashed contacts and answers many candidates from one index', () => {
    const { doc, asa, kenji } = journal();
    trash(doc, 'contacts', asa);
    const find = duplicateFinder(doc);
    expect(find({ name: 'Åsa Lindén', company: 'Nordlys AB' })).toEqual([]);
    expect(find({ name: 'Kenji Watanabe', linkedinUrl: 'linkedin.com/in/kenji-w' })).toEqual([kenji]);
    expect(foldText(' Øre  Ça ')).toBe('øre ca'); // Ø has no combining mark to strip
  });
});

describe('duplicates: namesakes', () => {
  const entries = [
    { id: 'a', name: 'Anna Karlsson', company: 'Volvo Cars', linkedinUrl: 'https://www.linkedin.com/in/anna-k-1' },
    { id: 'b', name: 'Anna Karlsson', company: 'Volvo Cars', linkedinUrl: '' },
  ];
  const find = duplicateIndex(entries);

  it('does not warn about a namesake with another profile, only about one without a profile', () => {
    expect(
      find({ name: 'Anna Karlsson', company: 'Volvo Cars', linkedinUrl: 'https://www.linkedin.com/in/anna-k-2' }),
    ).toEqual(['b']);
  });

  it('finds the same profile written with a country site, a slash or a query', () => {
    expect(find({ name: 'A. K.', linkedinUrl: 'https://se.linkedin.com/in/anna-k-1/?originalSubdomain=se' })).toEqual([
      'a',
    ]);
  });

  it('without a profile, warns about every namesake at the same company', () => {
    expect(find({ name: 'anna karlsson', company: 'volvo cars' })).toEqual(['a', 'b']);
  });
});

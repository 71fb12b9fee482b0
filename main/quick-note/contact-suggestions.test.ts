// The person picker's suggestions: a word of the name starts with what was typed, case and diacritics aside;
// at most eight; never someone in the trash; and a change to the contacts shows in the next answer.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, trash, updateContact } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { ContactSuggester, MAX_SUGGESTIONS } from './contact-suggestions';

function journal(names: string[]): { doc: Y.Doc; ids: Map<string, string> } {
  const doc = new Y.Doc();
  const ids = new Map(
    names.map((name) => [name, createContact(doc, { name, company: `${name} AB` }, at('2026-03-01'))]),
  );
  return { doc, ids };
}
const names = (suggester: ContactSuggester, query: string): string[] => suggester.suggest(query).map((s) => s.name);

describe('ContactSuggester', () => {
  it('matches the start of any word of the name, ignoring case and diacritics', () => {
    const { doc, ids } = journal(['Emma Sjöström', 'Åsa Öberg', 'Jonas Emmerich', 'Lemma Kvist']);
    const people = new ContactSuggester(() => doc);
    expect(names(people, 'em')).toEqual(['Emma Sjöström', 'Jonas Emmerich']);
    expect(names(people, 'SJOSTR')).toEqual(['Emma Sjöström']);
    expect(names(people, 'asa ob')).toEqual(['Åsa Öberg']);
    expect(names(people, 'mma')).toEqual([]);
    expect(names(people, '  ')).toEqual([]);
    expect(people.suggest('åsa')).toEqual([{ id: ids.get('Åsa Öberg'), name: 'Åsa Öberg', company: 'Åsa Öberg AB' }]);
  });

  it('gives at most eight, names that start with the query first', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Anna ${String(i).padStart(2, '0')}`);
    const { doc } = journal(['Karl Andersson', ...many]);
    const people = new ContactSuggester(() => doc);
    expect(names(people, 'an')).toHaveLength(MAX_SUGGESTIONS);
    expect(names(people, 'an')[0]).toBe('Anna 00');
    expect(names(people, 'andersson')).toEqual(['Karl Andersson']);
    expect(names(new ContactSuggester(() => journal(['Karl Andersson', 'Anna Berg']).doc), 'an')).toEqual([
      'Anna Berg',
      'Karl Andersson',
    ]);
  });

  it('follows the contacts: added, renamed and trashed people show in the next answer', () => {
    const { doc, ids } = journal(['Emma Lind']);
    const people = new ContactSuggester(() => doc);
    expect(names(people, 'em')).toEqual(['Emma Lind']);
    createContact(doc, { name: 'Emil Berg' });
    expect(names(people, 'em')).toEqual(['Emil Berg', 'Emma Lind']);
    updateContact(doc, ids.get('Emma Lind')!, { name: 'Emmy Lind' });
    expect(names(people, 'emma')).toEqual([]);
    expect(names(people, 'emmy')).toEqual(['Emmy Lind']);
    trash(doc, 'contacts', ids.get('Emma Lind')!);
    expect(names(people, 'em')).toEqual(['Emil Berg']);
  });

  it('reads the journal of the moment: a restored journal is a new document', () => {
    let current = journal(['Emma Lind']).doc;
    const people = new ContactSuggester(() => current);
    expect(names(people, 'e')).toEqual(['Emma Lind']);
    current = journal(['Erik Holm']).doc;
    expect(names(people, 'e')).toEqual(['Erik Holm']);
    createContact(current, { name: 'Eva Ek' });
    expect(names(people, 'e')).toEqual(['Erik Holm', 'Eva Ek']);
  });
});

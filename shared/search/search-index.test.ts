import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addInboxNote,
  addStep,
  createCircle,
  createContact,
  createEvent,
  createGoal,
  createReflection,
  logInteraction,
  paragraphs,
  trash,
} from '../schema';
import { at } from '../schema/test-support';
import { buildIndex } from './live-index';

function journal(): Y.Doc {
  const doc = new Y.Doc();
  createContact(
    doc,
    { name: 'Emma Sjöström', company: 'Ångström Labs', location: 'Malmö', why: 'Designs maps' },
    at('2026-03-01'),
  );
  createContact(doc, { name: 'Oskar Oberg', role: 'Designer', tags: ['design'] }, at('2026-03-02'));
  createContact(doc, { name: 'Olle Öberg', why: 'Met at the harbour' }, at('2026-01-02'));
  return doc;
}

const ids = (doc: Y.Doc, q: string): string[] =>
  buildIndex(doc)
    .search(q)
    .map((h) => h.title);

describe('search index', () => {
  it('matches names without case or diacritics, both ways', () => {
    const doc = journal();
    expect(ids(doc, 'sjostrom')).toEqual(['Emma Sjöström']);
    expect(ids(doc, 'angstrom')).toEqual(['Emma Sjöström']);
    expect(ids(doc, 'Öberg').sort()).toEqual(['Olle Öberg', 'Oskar Oberg']);
    expect(ids(doc, 'oberg').sort()).toEqual(['Olle Öberg', 'Oskar Oberg']);
  });

  it('matches prefixes while typing and one typo in words of five letters or more', () => {
    const doc = journal();
    expect(ids(doc, 'sjö')).toEqual(['Emma Sjöström']);
    expect(ids(doc, 'malm')).toEqual(['Emma Sjöström']);
    expect(ids(doc, 'sjostrum')).toEqual(['Emma Sjöström']);
    expect(ids(doc, 'harbor')).toEqual(['Olle Öberg']);
    // Four letters: no typo allowed, so "emna" finds nobody.
    expect(ids(doc, 'emna')).toEqual([]);
  });

  it('ranks a name match over a match in the text, and recent over old on a tie', () => {
    const doc = new Y.Doc();
    createContact(doc, { name: 'Anna Lind', why: 'Knows Petra from school' }, at('2026-05-01'));
    createContact(doc, { name: 'Petra Holm' }, at('2026-01-01'));
    expect(ids(doc, 'petra')).toEqual(['Petra Holm', 'Anna Lind']);
    const twins = new Y.Doc();
    createContact(twins, { name: 'Kim Berg' }, at('2026-01-01'));
    const recent = createContact(twins, { name: 'Kim Berg' }, at('2026-04-01'));
    expect(
      buildIndex(twins)
        .search('kim')
        .map((h) => h.entityId)[0],
    ).toBe(recent);
    // A tie across the cut keeps the most recent, whatever order the index found them in.
    const many = new Y.Doc();
    const made = ['2026-01-05', '2026-04-01', '2026-02-01', '2026-03-01', '2026-01-01'].map((day) => ({
      day,
      id: createContact(many, { name: 'Alva Ek' }, at(day)),
    }));
    const newest = [...made].sort((a, b) => b.day.localeCompare(a.day)).slice(0, 2);
    expect(
      buildIndex(many)
        .search('alva', 2)
        .map((h) => h.entityId),
    ).toEqual(newest.map((m) => m.id));
  });

  it('searches every kind through its own fields and leaves the trash out', () => {
    const doc = new Y.Doc();
    const emma = createContact(doc, { name: 'Emma' });
    logInteraction(doc, {
      kind: 'coffee',
      summary: 'Coffee at Lilla kafét',
      notes: 'Talked about cartography',
      contactIds: [emma],
    });
    createReflection(doc, { title: 'A calm week' }, at('2026-02-02'), () =>
      paragraphs('The lighthouse talk stayed with me'),
    );
    createEvent(doc, {
      title: 'Meetup',
      place: 'Folkets hus',
      purpose: 'Meet typographers',
      openers: ['Ask about kerning'],
    });
    const goal = createGoal(doc, { title: 'New role', why: 'Grow into research' });
    addStep(doc, goal, { text: 'Write to the curator' });
    createCircle(doc, { name: 'Alumni', notes: 'Spring picnic' });
    addInboxNote(doc, 'Remember the orchestra conductor');
    const gone = createContact(doc, { name: 'Gustav Lighthouse' });
    trash(doc, 'contacts', gone);
    const kindOf = (q: string) =>
      buildIndex(doc)
        .search(q)
        .map((h) => h.kind);
    expect(kindOf('cartography')).toEqual(['interaction']);
    expect(buildIndex(doc).search('cartography')[0]?.contactId).toBe(emma);
    expect(kindOf('lighthouse')).toEqual(['reflection']);
    expect(kindOf('kerning')).toEqual(['event']);
    expect(kindOf('folkets')).toEqual(['event']);
    expect(kindOf('curator')).toEqual(['goal']);
    expect(kindOf('picnic')).toEqual(['circle']);
    expect(kindOf('orchestra')).toEqual(['inbox']);
  });

  it('matches a letter or two against names and titles only, and an interaction by its summary as a detail', () => {
    const doc = new Y.Doc();
    const emma = createContact(doc, { name: 'Emma Lind', why: 'Knows Kalle' }, at('2026-03-01'));
    createContact(doc, { name: 'Kalle Berg' }, at('2026-03-02'));
    logInteraction(doc, { kind: 'call', summary: 'Kaffe med Emma', contactIds: [emma] }, at('2026-03-03'));
    expect(ids(doc, 'ka')).toEqual(['Kalle Berg']);
    expect(ids(doc, 'kaf')).toEqual(['Kaffe med Emma']);
    expect(ids(doc, 'kalle')).toEqual(['Kalle Berg', 'Emma Lind']);
  });

  it('matches a 3-letter word as a prefix in names and details, but only whole in long text', () => {
    const doc = new Y.Doc();
    createContact(doc, { name: 'Ola Tallberg', why: 'Talks about tallow candles' }, at('2026-03-01'));
    createReflection(doc, { title: 'Evening' }, at('2026-03-02'), () => paragraphs('A tall pine and a long walk'));
    createReflection(doc, { title: 'Morning' }, at('2026-03-03'), () => paragraphs('Talking to the tallest tree'));
    expect(ids(doc, 'tallberg')).toEqual(['Ola Tallberg']);
    // "tal": Tallberg's name by prefix; "talks", "talking" and "tallow" in long text are not 3-letter words.
    expect(ids(doc, 'tal')).toEqual(['Ola Tallberg']);
    // "pin" and "and" are words of their own only in the evening reflection's body; "pine" is found from 4 letters.
    expect(ids(doc, 'pin')).toEqual([]);
    expect(ids(doc, 'and')).toEqual(['Evening']);
    expect(ids(doc, 'pine')).toEqual(['Evening']);
    expect(ids(doc, 'tallest tal')).toEqual([]);
    expect(ids(doc, 'walk and')).toEqual(['Evening']);
  });

  it('answers a 3-letter word from names alone when they fill the list', () => {
    const doc = new Y.Doc();
    createContact(doc, { name: 'Anna Lind' }, at('2026-03-01'));
    const anna = createContact(doc, { name: 'Anneli Berg', why: 'Met her and Ola' }, at('2026-03-02'));
    logInteraction(doc, { kind: 'call', summary: 'Annual review', contactIds: [anna] }, at('2026-03-03'));
    const index = buildIndex(doc);
    expect(index.search('ann', 2).map((h) => h.title)).toEqual(['Anna Lind', 'Anneli Berg']);
    expect(index.search('ann').map((h) => h.title)).toContain('Annual review');
    expect(index.search('and').map((h) => h.title)).toEqual(['Anneli Berg']);
  });

  it('highlights the matched words in the title and in a snippet of the text', () => {
    const doc = journal();
    const [hit] = buildIndex(doc).search('malmo sjo');
    expect(hit?.title.slice(...(hit.titleRanges[0] ?? [0, 0]))).toBe('Sjöström');
    expect(hit?.snippet).toContain('Malmö');
    const [from, to] = hit?.snippetRanges[0] ?? [0, 0];
    expect(hit?.snippet.slice(from, to)).toBe('Malmö');
  });

  it('cuts a long text around the first match', () => {
    const doc = new Y.Doc();
    const long = `${'Quiet words before. '.repeat(20)}Then the zeppelin arrived. ${'More words after. '.repeat(20)}`;
    createReflection(doc, { title: 'Long' }, at('2026-02-02'), () => paragraphs(long));
    const [hit] = buildIndex(doc).search('zeppelin');
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.endsWith('…')).toBe(true);
    expect(hit?.snippet.length).toBeLessThan(130);
    const [from, to] = hit?.snippetRanges[0] ?? [0, 0];
    expect(hit?.snippet.slice(from, to)).toBe('zeppelin');
  });

  it('keeps only the first few of each kind when asked, in the same order as the whole answer', () => {
    const doc = new Y.Doc();
    const people = ['Anna', 'Berit', 'Cecilia', 'Dan'].map((first, i) =>
      createContact(doc, { name: `${first} Lindqvist` }, at(`2026-03-0${i + 1}`)),
    );
    people.forEach((id, i) =>
      logInteraction(doc, { kind: 'call', summary: `Lindqvist call ${i}`, contactIds: [id] }, at(`2026-04-0${i + 1}`)),
    );
    const index = buildIndex(doc);
    const all = index.search('lindqvist', 50);
    expect(all).toHaveLength(8);
    const firstTwo = (kind: string) => all.filter((h) => h.kind === kind).slice(0, 2);
    const capped = index.search('lindqvist', 50, 2);
    expect(capped.map((h) => h.id)).toEqual(
      all.filter((h) => [...firstTwo('contact'), ...firstTwo('interaction')].includes(h)).map((h) => h.id),
    );
    expect(capped).toEqual(all.filter((h) => capped.some((c) => c.id === h.id)));
  });
});

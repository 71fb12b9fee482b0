import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import MarkdownIt from 'markdown-it';
import {
  collection,
  contactDraft,
  createContact,
  createEvent,
  createReflection,
  goalStrategy,
  migrate,
} from '../schema';
import { at } from '../schema/test-support';
import { el, p, practiceJournal, text } from './test-journal';
import { exportMarkdown } from './markdown-export';
import { safeFileBase, uniqueFileBases } from './file-names';

function journal(): Y.Doc {
  const doc = new Y.Doc();
  migrate(doc);
  const a = createContact(doc, { name: 'Åsa: "the" <planner>', company: 'Nordlys' }, new Date('2026-01-01T00:00:00Z'));
  createContact(doc, { name: 'Kim', company: 'A' }, new Date('2026-01-02T00:00:00Z'));
  createContact(doc, { name: 'kim', company: 'B' }, new Date('2026-01-03T00:00:00Z'));
  const goal = new Y.Map<unknown>();
  collection(doc, 'goals').set('g1', goal);
  goal.set('title', 'Move into design leadership');
  goal.set('contactIds', [a]);
  goal.set('createdAt', '2026-01-04T00:00:00Z');
  return doc;
}

describe('Markdown export', () => {
  it('writes one file per entity with safe names, front matter and [[links]]', () => {
    const files = exportMarkdown(journal());
    const paths = files.map((f) => f.path);
    expect(paths).toContain('contacts/Åsa the planner.md');
    expect(paths.filter((p) => p.toLowerCase().startsWith('contacts/kim ('))).toHaveLength(2);
    const goal = files.find((f) => f.path === 'goals/Move into design leadership.md')!;
    expect(goal.content).toMatch(/^---\ntype: "goal"\n/);
    expect(goal.content).toContain('**Contacts:** [[Åsa the planner]]');
    const asa = files.find((f) => f.path.startsWith('contacts/Åsa'))!;
    expect(asa.content).toContain('name: "Åsa: \\"the\\" <planner>"');
  });

  it('gives the same files for the same journal, every time', () => {
    const doc = journal();
    expect(exportMarkdown(doc)).toEqual(exportMarkdown(doc));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(exportMarkdown(copy)).toEqual(exportMarkdown(doc));
  });

  it('makes hostile titles safe', () => {
    expect(safeFileBase('../../etc/passwd', 'x')).toBe('etc passwd');
    expect(safeFileBase('CON', 'fallback')).toBe('fallback');
    expect(safeFileBase('   ', 'fallback')).toBe('fallback');
    expect(safeFileBase('a\u0000b\nc', 'x')).toBe('a b c');
    expect(safeFileBase('#1 [draft] ^x', 'x')).toBe('1 draft x');
    expect(Array.from(safeFileBase('😀'.repeat(100), 'x'))).toHaveLength(80);
    const bases = uniqueFileBases(
      [
        { id: 'id-1', title: 'Same' },
        { id: 'id-2', title: 'same' },
      ],
      'x',
    );
    expect(new Set(bases.values()).size).toBe(2);
  });
});

describe('Markdown export of events and reflections', () => {
  it('writes an event as a dated page with its plan and what happened after', () => {
    const { doc } = practiceJournal();
    const before = Y.encodeStateAsUpdate(doc);
    const files = exportMarkdown(doc);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    const event = files.find((f) => f.path === 'events/2026-12-03 Design meetup.md')!.content;
    const body = event.slice(event.indexOf('# Design meetup'));
    expect(body).toBe(
      [
        '# Design meetup',
        '',
        '- **When:** 2026-12-03 18:30',
        '- **Where:** Kulturhuset',
        '- **Link:** <https://example.test/meetup>',
        '- **Circle:** [[Design leads]]',
        '- **Goals:** [[Move into design leadership]]',
        '',
        '## Why I am going',
        '',
        'Meet two people who lead design teams',
        '',
        '## People I want to meet',
        '',
        '- [[Kim Berg]]',
        '- Noor Haddad',
        '',
        '## Openers',
        '',
        '1. What are you working on?',
        '2. How did you get into research?',
        '',
        '## Energy and exit plan',
        '',
        '- **Energy it will take:** 3 of 5',
        '- **Exit plan:** Leave at 20:00',
        '',
        '## Afterwards',
        '',
        '- **Energy it took:** 4 of 5',
        '',
        'Who I met:',
        '',
        '- [[Kim Berg]] — Talked about research',
        '- [[Noor Haddad]]',
        '',
        '## Notes',
        '',
        'Bring *cards*',
        '',
        '- ask about hiring',
        '- say thanks',
        '',
        '## Reflections',
        '',
        '- [[2026-11-30 After the meetup]]',
        '',
      ].join('\n'),
    );
    expect(event).toMatch(/^---\ntype: "event"\n/);
    expect(event).toContain('meetNames: ["Noor Haddad"]');
    const kim = files.find((f) => f.path === 'contacts/Kim Berg.md')!.content;
    expect(kim).toContain('- 2026-12-03 event: Talked about research ([[2026-12-03 Design meetup]])');
  });

  it('writes a reflection as a dated page with its links and its text’s structure', () => {
    const files = exportMarkdown(practiceJournal().doc);
    const page = files.find((f) => f.path === 'reflections/2026-11-30 After the meetup.md')!.content;
    expect(page.slice(page.indexOf('# After'))).toBe(
      [
        '# After the meetup',
        '',
        '- **Date:** 2026-11-30',
        '- **How it left me:** 2 of 5',
        '- **Mood:** calm',
        '- **Prompt:** What did you hear?',
        '- **People:** [[Åsa Lind]]',
        '- **Events:** [[2026-12-03 Design meetup]]',
        '- **Goals:** [[Move into design leadership]]',
        '',
        'I **listened** more than I *talked*',
        '',
        'Second line',
        '',
      ].join('\n'),
    );
    const asa = files.find((f) => f.path === 'contacts/Åsa Lind.md')!.content;
    expect(asa).toContain('## Notes\n\n#### Background\n\nMet at **Figma**\n');
    expect(asa).toContain('## Reflections\n\n- [[2026-11-30 After the meetup]]');
  });

  it('keeps the structure of goal strategies and message drafts, and marks a weekly review', () => {
    const { doc, goal, kim } = practiceJournal();
    goalStrategy(doc, goal).insert(0, [
      el('heading', [text('This quarter')], { level: 1 }),
      el('orderedList', [el('listItem', [p('Ask ', ['Åsa', { bold: {} }])]), el('listItem', [p('Go to meetups')])]),
    ]);
    contactDraft(doc, kim).insert(0, [p('Hi Kim,'), el('blockquote', [p('your talk')])]);
    createReflection(doc, { date: '2026-12-04', kind: 'weekly-review', tags: ['week 49'] }, at('2026-12-04'));
    const files = exportMarkdown(doc);
    const goalPage = files.find((f) => f.path === 'goals/Move into design leadership.md')!.content;
    expect(goalPage).toContain('## Strategy\n\n### This quarter\n\n1. Ask **Åsa**\n2. Go to meetups\n');
    expect(files.find((f) => f.path === 'contacts/Kim Berg.md')!.content).toContain(
      '## Draft\n\nHi Kim,\n\n> your talk\n',
    );
    const week = files.find((f) => f.path === 'reflections/2026-12-04.md')!.content;
    expect(week).toContain('- **Kind:** weekly review\n');
    expect(week).toContain('- **Tags:** week 49\n');
  });

  it('names untitled reflections by their first line or their date, and never lets two share a file', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const day = '2026-11-30';
    createReflection(doc, { date: day }, at(day, 9), () => [p(), p('  Why was I so tired? / again  ')]);
    createReflection(doc, { date: day }, at(day, 10));
    const a = createReflection(doc, { date: day, title: 'Evening' }, at(day, 11), () => [p('first')]);
    const b = createReflection(doc, { date: day, title: 'evening' }, at(day, 12), () => [p('second')]);
    const paths = exportMarkdown(doc)
      .map((f) => f.path)
      .filter((path) => path.startsWith('reflections/'));
    expect(paths).toHaveLength(4);
    expect(new Set(paths.map((path) => path.toLowerCase())).size).toBe(4);
    expect(paths).toContain('reflections/2026-11-30 Why was I so tired again.md');
    expect(paths).toContain('reflections/2026-11-30.md');
    const evenings = exportMarkdown(doc).filter((f) =>
      f.path.toLowerCase().startsWith('reflections/2026-11-30 evening'),
    );
    expect(evenings.map((f) => f.path).sort()).toEqual(
      [
        `reflections/2026-11-30 Evening (${a.replace(/-/g, '').slice(0, 8)}).md`,
        `reflections/2026-11-30 evening (${b.replace(/-/g, '').slice(0, 8)}).md`,
      ].sort(),
    );
    expect(evenings.map((f) => f.content.includes('first') || f.content.includes('second'))).toEqual([true, true]);
  });

  it('escapes what a person typed, so a title or an opener never turns into markup', () => {
    const doc = new Y.Doc();
    migrate(doc);
    createEvent(doc, {
      title: '# *Big* <night>',
      date: '2026-12-05',
      place: '[x](javascript:alert(1))',
      link: 'javascript:alert(1)',
      openers: ['- not a list', '1. not numbered'],
    });
    const page = exportMarkdown(doc).find((f) => f.path.startsWith('events/'))!;
    expect(page.path).toBe('events/2026-12-05 Big night.md');
    const html = new MarkdownIt().render(page.content.slice(page.content.indexOf('\n# ')));
    expect(html).toContain('<h1># *Big* &lt;night&gt;</h1>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('<li>- not a list</li>');
    expect(html).toContain('<li>1. not numbered</li>');
  });
});

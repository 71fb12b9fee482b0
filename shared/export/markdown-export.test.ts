import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collection, createContact, migrate } from '../schema';
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

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createReflection, paragraphs, reflectionBody, trash, updateReflection } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { LiveReflections } from './live-reflections';
import { firstLine } from './first-line';

describe('live reflections', () => {
  it('lists newest first and re-reads only the reflection an edit touched', () => {
    const doc = new Y.Doc();
    const older = createReflection(doc, { title: 'Older' }, at('2026-11-01'));
    const newer = createReflection(doc, { title: 'Newer' }, at('2026-11-05'));
    const live = new LiveReflections(doc);
    const first = live.getSnapshot();
    expect(first.map((r) => r.title)).toEqual(['Newer', 'Older']);
    expect(live.getSnapshot()).toBe(first);
    updateReflection(doc, older, { date: '2026-11-09' });
    const second = live.getSnapshot();
    expect(second.map((r) => r.title)).toEqual(['Older', 'Newer']);
    expect(second.find((r) => r.id === newer)).toBe(first.find((r) => r.id === newer));
    trash(doc, 'reflections', older);
    expect(live.getSnapshot().map((r) => r.title)).toEqual(['Newer']);
  });

  it('puts a new or re-dated entry in its place among the others', () => {
    const doc = new Y.Doc();
    for (const day of ['2026-11-01', '2026-11-03', '2026-11-05']) createReflection(doc, { title: day }, at(day));
    const live = new LiveReflections(doc);
    live.getSnapshot();
    const middle = createReflection(doc, { title: 'new' }, at('2026-11-04'));
    expect(live.getSnapshot().map((r) => r.title)).toEqual(['2026-11-05', 'new', '2026-11-03', '2026-11-01']);
    updateReflection(doc, middle, { date: '2026-10-01' });
    expect(live.getSnapshot().map((r) => r.title)).toEqual(['2026-11-05', '2026-11-03', '2026-11-01', 'new']);
  });

  it('keeps the first line of the body current as it is written', () => {
    const doc = new Y.Doc();
    const id = createReflection(doc, {}, at('2026-11-01'), () => paragraphs('\nA good talk with Ada.\nMore.'));
    const live = new LiveReflections(doc);
    expect(live.getSnapshot()[0]?.firstLine).toBe('A good talk with Ada.');
    const body = reflectionBody(doc, id);
    body.insert(0, paragraphs('Calm today'));
    expect(live.getSnapshot()[0]?.firstLine).toBe('Calm today');
  });
});

describe('first line', () => {
  it('skips empty blocks, joins a heading’s text, and shortens a long line', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('t');
    expect(firstLine(fragment)).toBe('');
    fragment.insert(0, [...paragraphs(''), ...paragraphs('x'.repeat(200))]);
    expect(firstLine(fragment)).toHaveLength(140);
    expect(firstLine(fragment).endsWith('…')).toBe(true);
  });
});

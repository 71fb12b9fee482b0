import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendCopy, clearFragment, ensureFragment, isBlank, paragraphs, plainText } from './rich-text';

function element(name: string, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const el = new Y.XmlElement(name);
  el.insert(0, children);
  return el;
}

function fragmentIn(doc: Y.Doc): Y.XmlFragment {
  const map = doc.getMap<unknown>('test');
  return ensureFragment(map, 'body');
}

describe('rich text', () => {
  it('reads one line per block, with nested lists, hard breaks, empty paragraphs and formatting', () => {
    const doc = new Y.Doc();
    const body = fragmentIn(doc);
    const bold = new Y.XmlText();
    body.insert(0, [
      element('heading', [new Y.XmlText('Plan')]),
      element('paragraph', [new Y.XmlText('Line one'), element('hard_break', []), new Y.XmlText('line two')]),
      element('paragraph', []),
      element('bulletList', [
        element('listItem', [element('paragraph', [new Y.XmlText('first')])]),
        element('listItem', [element('paragraph', [bold])]),
      ]),
    ]);
    bold.insert(0, 'second', { bold: true });
    expect(plainText(body)).toBe('Plan\nLine one\nline two\n\nfirst\nsecond');
    expect(isBlank(body)).toBe(false);
  });

  it('copies content without moving it, and clears', () => {
    const doc = new Y.Doc();
    const from = ensureFragment(doc.getMap<unknown>('a'), 'notes');
    const to = ensureFragment(doc.getMap<unknown>('b'), 'notes');
    to.insert(0, paragraphs('Kept'));
    from.insert(0, paragraphs('Added\nToo'));
    appendCopy(from, to);
    expect(plainText(to)).toBe('Kept\nAdded\nToo');
    expect(plainText(from)).toBe('Added\nToo');
    clearFragment(from);
    expect(isBlank(from)).toBe(true);
    expect(plainText(to)).toBe('Kept\nAdded\nToo');
  });
});

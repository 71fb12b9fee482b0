// The first words of a reflection's body, so an untitled entry still reads as something in a list. It stops
// at the first block with text: a long journal entry costs no more than a short one.
import * as Y from 'yjs';

const MAX = 140;

function textIn(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement) return node.toArray().map(textIn).join(' ');
  return '';
}

/** The first line with text (whitespace collapsed, at most 140 characters), or '' for an empty body. */
export function firstLine(fragment: Y.XmlFragment | undefined): string {
  if (!fragment) return '';
  for (const block of fragment.toArray()) {
    const text = textIn(block).replace(/\s+/g, ' ').trim();
    if (text !== '') return text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text;
  }
  return '';
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entityToJson, fragmentText } from './entity-json';

function paragraph(text: string, bold = false): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  t.insert(0, text, bold ? { bold: true } : {});
  return p;
}

describe('entity → JSON', () => {
  it('turns rich text into plain lines, without markup', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('f');
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    fragment.insert(0, [paragraph('First <thought>', true), list]);
    list.insert(0, [item]);
    item.insert(0, [paragraph('a point')]);
    expect(fragmentText(fragment)).toBe('First <thought>\na point');
    const broken = new Y.XmlElement('paragraph');
    broken.insert(0, [new Y.XmlText('a'), new Y.XmlElement('hardBreak'), new Y.XmlText('b')]);
    fragment.insert(fragment.length, [broken, new Y.XmlElement('paragraph')]);
    expect(fragmentText(fragment)).toBe('First <thought>\na point\na\nb\n');
  });

  it('keeps every field, including ones it does not know', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Y.Map<unknown>>('contacts');
    const entity = new Y.Map<unknown>();
    map.set('c1', entity);
    entity.set('name', 'Ada');
    entity.set('futureField', { nested: [1, 2] });
    entity.set('tags', ['a']);
    entity.set('bad', Number.NaN);
    expect(entityToJson('c1', entity)).toEqual({
      id: 'c1',
      name: 'Ada',
      futureField: { nested: [1, 2] },
      tags: ['a'],
      bad: null,
    });
  });
});

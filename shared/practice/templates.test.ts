import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { createReflection, reflectionBody } from '../schema/reflections';
import { plainText } from '../schema/rich-text';
import { at } from '../schema/test-support';
import { TEMPLATE_IDS, TEMPLATES, templateBody, type Lang } from './templates';

// The editor's schema, as RichTextEditor configures StarterKit (the history is Yjs's, the rest as is).
const schema = getSchema([StarterKit.configure({ undoRedo: false })]);
const langs: readonly Lang[] = ['en', 'sv'];

function reflectionFrom(id: (typeof TEMPLATE_IDS)[number], lang: Lang, extra: readonly string[] = []) {
  const doc = new Y.Doc();
  const reflection = createReflection(doc, { title: 'T' }, at('2026-11-30'), () => templateBody(id, lang, extra));
  return reflectionBody(doc, reflection);
}

describe('reflection templates', () => {
  it('have three to five short, different headings in each language', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const template of TEMPLATES) {
      for (const lang of langs) {
        const headings = template.headings[lang];
        expect(headings.length, `${template.id} ${lang}`).toBeGreaterThanOrEqual(3);
        expect(headings.length).toBeLessThanOrEqual(5);
        expect(new Set(headings).size).toBe(headings.length);
        for (const h of headings) expect(h.length > 0 && h.length <= 40, h).toBe(true);
        expect(template.title[lang]).not.toBe('');
      }
      expect(template.headings.sv).not.toEqual(template.headings.en);
      expect(template.headings.sv.length).toBe(template.headings.en.length);
    }
    expect(TEMPLATES.find((t) => t.id === 'after-event')?.title).toEqual({
      en: 'After an event',
      sv: 'Efter ett evenemang',
    });
  });

  it('build real level-2 headings in the editor’s schema, each followed by a paragraph to write in', () => {
    for (const id of TEMPLATE_IDS) {
      for (const lang of langs) {
        const doc = yXmlFragmentToProseMirrorRootNode(reflectionFrom(id, lang), schema);
        doc.check(); // throws when the content does not fit the schema
        const headings = TEMPLATES.find((t) => t.id === id)?.headings[lang] ?? [];
        expect(doc.childCount).toBe(headings.length * 2);
        headings.forEach((text, i) => {
          const heading = doc.child(2 * i);
          expect(heading.type.name).toBe('heading');
          expect(heading.attrs.level).toBe(2);
          expect(heading.eq(schema.node('heading', { level: 2 }, schema.text(text)))).toBe(true);
          expect(doc.child(2 * i + 1).type.name).toBe('paragraph');
          expect(doc.child(2 * i + 1).content.size).toBe(0);
        });
      }
    }
  });

  it('put extra lines first, as paragraphs, and read back as plain text', () => {
    const body = reflectionFrom('weekly-review', 'sv', ['3 samtal', '1 evenemang']);
    const doc = yXmlFragmentToProseMirrorRootNode(body, schema);
    expect(doc.child(0).type.name).toBe('paragraph');
    expect(doc.child(0).textContent).toBe('3 samtal');
    expect(doc.child(1).textContent).toBe('1 evenemang');
    expect(doc.child(2).type.name).toBe('heading');
    expect(plainText(body).split('\n').slice(0, 3)).toEqual(['3 samtal', '1 evenemang', 'Veckan i korthet']);
  });

  it('make fresh nodes on every call', () => {
    const a = templateBody('after-conversation', 'en');
    const b = templateBody('after-conversation', 'en');
    expect(a[0]).not.toBe(b[0]);
    expect(a).toHaveLength(8);
  });
});

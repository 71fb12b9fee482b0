// Reflection templates: a body pre-filled with headings ("After an event", "After a conversation",
// "Weekly review"), in the user's language. (Stub: the real headings replace these.)
import * as Y from 'yjs';

export const TEMPLATE_IDS = ['after-event', 'after-conversation', 'weekly-review'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
export type Lang = 'en' | 'sv';

export interface Template {
  id: TemplateId;
  title: Record<Lang, string>;
  headings: Record<Lang, readonly string[]>;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'after-event', title: { en: 'After an event', sv: 'Efter ett evenemang' }, headings: { en: [], sv: [] } },
  {
    id: 'after-conversation',
    title: { en: 'After a conversation', sv: 'Efter ett samtal' },
    headings: { en: [], sv: [] },
  },
  { id: 'weekly-review', title: { en: 'Weekly review', sv: 'Veckogenomgång' }, headings: { en: [], sv: [] } },
];

/**
 * The body nodes for a template: each heading followed by an empty paragraph to write in. Call it inside
 * createReflection's `body` callback (fresh nodes every time; a Yjs node can be inserted only once).
 * `extra` paragraphs (e.g. the weekly review's summary lines) go first.
 */
export function templateBody(id: TemplateId, lang: Lang, extra: readonly string[] = []): Y.XmlElement[] {
  const template = TEMPLATES.find((t) => t.id === id);
  const nodes: Y.XmlElement[] = extra.map((line) => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(line)]);
    return p;
  });
  for (const heading of template?.headings[lang] ?? []) {
    const h = new Y.XmlElement('heading');
    h.setAttribute('level', '2');
    h.insert(0, [new Y.XmlText(heading)]);
    nodes.push(h, new Y.XmlElement('paragraph'));
  }
  return nodes;
}

// Reflection templates: a body pre-filled with headings ("After an event", "After a conversation",
// "Weekly review"), in the user's language. Headings are kind questions to answer, not a form to fill.
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
  {
    id: 'after-event',
    title: { en: 'After an event', sv: 'Efter ett evenemang' },
    headings: {
      en: [
        'How it went',
        'Who I met',
        'What gave energy, what took it',
        'What I will follow up',
        'What I take with me',
      ],
      sv: [
        'Hur det gick',
        'Vilka jag träffade',
        'Vad som gav och vad som tog energi',
        'Det här följer jag upp',
        'Det här tar jag med mig',
      ],
    },
  },
  {
    id: 'after-conversation',
    title: { en: 'After a conversation', sv: 'Efter ett samtal' },
    headings: {
      en: ['What we talked about', 'What I learned about them', 'What I want to remember', 'A next step'],
      sv: ['Vad vi pratade om', 'Vad jag fick veta om personen', 'Det här vill jag minnas', 'Ett nästa steg'],
    },
  },
  {
    id: 'weekly-review',
    title: { en: 'Weekly review', sv: 'Veckogenomgång' },
    headings: {
      en: ['The week in brief', 'Who came closer', 'Energy and rest', 'My goals', 'Next week'],
      sv: ['Veckan i korthet', 'Vem som kom närmare', 'Energi och vila', 'Mina mål', 'Nästa vecka'],
    },
  },
];

/**
 * y-tiptap stores ProseMirror attributes as they are, numbers included, where Yjs's default typing says
 * strings. TipTap's heading compares `level` with its numeric levels, so a string '2' would render as an
 * <h1> and differ from every heading typed in the editor.
 */
function setNumber(element: Y.XmlElement, key: string, value: number): void {
  (element as unknown as Y.XmlElement<Record<string, number>>).setAttribute(key, value);
}

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
    setNumber(h, 'level', 2);
    h.insert(0, [new Y.XmlText(heading)]);
    nodes.push(h, new Y.XmlElement('paragraph'));
  }
  return nodes;
}

// The body of a generated reflection: about `words` words of Swedish or English under headings, with a
// bulleted list, built as the TipTap editor stores it (heading / paragraph / bulletList > listItem > paragraph).
import * as Y from 'yjs';

const EN = (
  'today I met someone who works on the design system at a large company and we talked about how teams ' +
  'share components across products it made me think about my own goal of leading a small team and what ' +
  'I still need to learn before that next week I want to follow up with two people from the meetup and ' +
  'ask about their experience with hiring'
).split(' ');
const SV = (
  'idag träffade jag någon som arbetar med designsystemet på ett stort företag och vi pratade om hur ' +
  'team delar komponenter mellan produkter det fick mig att tänka på mitt eget mål att leda ett litet ' +
  'team och vad jag behöver lära mig innan dess nästa vecka vill jag höra av mig till två personer från ' +
  'träffen och fråga om deras erfarenhet av rekrytering'
).split(' ');
const HEADINGS_EN = ['What happened', 'What I noticed', 'Next steps', 'How I feel about it'];
const HEADINGS_SV = ['Vad hände', 'Vad jag lade märke till', 'Nästa steg', 'Hur det känns'];

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs?: Record<string, string>): Y.XmlElement {
  const el = new Y.XmlElement(name);
  if (attrs) for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.insert(0, children);
  return el;
}

function sentence(rnd: () => number, vocabulary: readonly string[], length: number): string {
  const start = Math.floor(rnd() * vocabulary.length);
  const words = Array.from({ length }, (_, i) => vocabulary[(start + i) % vocabulary.length] as string);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function reflectionBody(rnd: () => number, swedish: boolean, words: number): (Y.XmlElement | Y.XmlText)[] {
  const vocabulary = swedish ? SV : EN;
  const headings = swedish ? HEADINGS_SV : HEADINGS_EN;
  const nodes: Y.XmlElement[] = [];
  let written = 0;
  for (let section = 0; written < words; section++) {
    nodes.push(element('heading', [new Y.XmlText(headings[section % headings.length] as string)], { level: '2' }));
    for (let p = 0; p < 2 && written < words; p++) {
      const length = 25 + Math.floor(rnd() * 20);
      nodes.push(element('paragraph', [new Y.XmlText(sentence(rnd, vocabulary, length))]));
      written += length;
    }
    if (section % 2 === 1) {
      const items = Array.from({ length: 3 }, () =>
        element('listItem', [element('paragraph', [new Y.XmlText(sentence(rnd, vocabulary, 6))])]),
      );
      nodes.push(element('bulletList', items));
      written += 18;
    }
  }
  return nodes;
}

// Prompts for after a conversation: a coffee, a call, a meeting. They make the most of what introverts
// tend to do well in one-to-one talk: listening, noticing, remembering.
import type { PromptEntry } from '../prompts';

export const AFTER_CONVERSATION: readonly PromptEntry[] = [
  {
    id: 'after-conversation-cared',
    text: {
      en: 'In your last good conversation, what did the other person care about most? How could you tell?',
      sv: 'Vad brydde sig den andra personen mest om i ert senaste goda samtal? Hur märkte du det?',
    },
  },
  {
    id: 'after-conversation-question',
    text: {
      en: 'Which question of yours opened a recent conversation up? Keep it for next time.',
      sv: 'Vilken av dina frågor fick ett samtal nyligen att öppna sig? Spara den till nästa gång.',
    },
  },
  {
    id: 'after-conversation-promise',
    text: {
      en: 'Did you promise to send something, or want to? Write it down while it is fresh.',
      sv: 'Lovade du att skicka något, eller vill du göra det? Skriv ner det medan det är färskt.',
    },
  },
  {
    id: 'after-conversation-learned',
    text: {
      en: 'What did you learn about someone’s work in a recent conversation that you did not know before?',
      sv: 'Vad fick du veta om någons arbete i ett samtal nyligen som du inte visste förut?',
    },
  },
  {
    id: 'after-conversation-real',
    text: {
      en: 'Think of a recent conversation. When did it become real, and what led up to that?',
      sv: 'Tänk på ett samtal du haft nyligen. När blev det på riktigt, och vad ledde dit?',
    },
  },
  {
    id: 'after-conversation-next-time',
    text: {
      en: 'What would you like to ask the person you last talked with, next time you meet?',
      sv: 'Vad vill du fråga den du senast pratade med, nästa gång ni ses?',
    },
  },
  {
    id: 'after-conversation-feeling',
    text: {
      en: 'How did you feel after your last conversation: lighter, tired, curious? What does that tell you?',
      sv: 'Hur kände du dig efter ditt senaste samtal: lättare, trött, nyfiken? Vad säger det dig?',
    },
  },
  {
    id: 'after-conversation-unsaid',
    text: {
      en: 'Was there something you held back in a recent conversation? Is it worth saying in writing, in your own time?',
      sv: 'Fanns det något du höll inne med i ett samtal nyligen? Är det värt att säga i skrift, i din egen takt?',
    },
  },
];

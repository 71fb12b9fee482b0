// Prompts for the day after an event: what happened, who mattered, what it cost and what gave back, while it
// is still fresh. Fifteen of them, so the prompt of the day can prefer this group every day for two weeks.
import type { PromptEntry } from '../prompts';

export const AFTER_EVENT: readonly PromptEntry[] = [
  {
    id: 'after-event-conversation',
    text: {
      en: 'Which conversation from the event are you still thinking about, and why that one?',
      sv: 'Vilket samtal från evenemanget går du fortfarande och tänker på, och varför just det?',
    },
  },
  {
    id: 'after-event-hear-again',
    text: {
      en: 'Who did you meet that you would like to hear from again? Write a line about what you talked about.',
      sv: 'Vem träffade du som du gärna vill höra av igen? Skriv en rad om vad ni pratade om.',
    },
  },
  {
    id: 'after-event-energy',
    text: {
      en: 'How much energy did the event take, and what gave some of it back?',
      sv: 'Hur mycket energi tog evenemanget, och vad gav dig lite av den tillbaka?',
    },
  },
  {
    id: 'after-event-purpose',
    text: {
      en: 'Did your reason for going hold up? Did you find what you came for, or something better?',
      sv: 'Fick du det du gick dit för, eller hittade du något ännu bättre?',
    },
  },
  {
    id: 'after-event-openers',
    text: {
      en: 'Which of your openers worked, and which would you leave at home next time?',
      sv: 'Vilken av dina samtalsöppnare fungerade, och vilken lämnar du hemma nästa gång?',
    },
  },
  {
    id: 'after-event-room',
    text: {
      en: 'What did you notice about the room: who stood alone, who drew people in, where the quiet corners were?',
      sv: 'Vad lade du märke till i rummet: vem stod för sig själv, vem drog till sig folk, var fanns de lugna hörnen?',
    },
  },
  {
    id: 'after-event-leaving',
    text: {
      en: 'When did you leave, and did it feel like the right moment? What would you do the same way next time?',
      sv: 'När gick du hem, och kändes det som rätt stund? Vad vill du göra likadant nästa gång?',
    },
  },
  {
    id: 'after-event-words',
    text: {
      en: 'Write down one thing someone said that you want to remember, in their own words if you can.',
      sv: 'Skriv ner något som någon sa som du vill minnas, gärna med deras egna ord.',
    },
  },
  {
    id: 'after-event-follow-up',
    text: {
      en: 'Which single follow-up would matter most this week? Write its first sentence now.',
      sv: 'Vilken uppföljning skulle betyda mest den här veckan? Skriv den första meningen redan nu.',
    },
  },
  {
    id: 'after-event-preparation',
    text: {
      en: 'Where did your preparation carry you? Describe a moment when it made things easier.',
      sv: 'Var bar dina förberedelser dig? Beskriv ett ögonblick när de gjorde det lättare.',
    },
  },
  {
    id: 'after-event-at-ease',
    text: {
      en: 'Was there a moment when you felt at ease? What was going on around you just then?',
      sv: 'Fanns det en stund då du kände dig bekväm? Vad hände runt dig just då?',
    },
  },
  {
    id: 'after-event-listened',
    text: {
      en: 'Who did you really listen to? What did you learn about them that quick small talk would have missed?',
      sv: 'Vem lyssnade du verkligen på? Vad fick du veta om personen som ett hastigt småprat hade missat?',
    },
  },
  {
    id: 'after-event-rest',
    text: {
      en: 'What do you need now, after the event, to rest and land again?',
      sv: 'Vad behöver du nu, efter evenemanget, för att vila och landa igen?',
    },
  },
  {
    id: 'after-event-again',
    text: {
      en: 'Is this kind of event worth going to again? What would make the next one easier for you?',
      sv: 'Är den här sortens evenemang värt att gå på igen? Vad skulle göra nästa gång lättare för dig?',
    },
  },
  {
    id: 'after-event-offer',
    text: {
      en: 'Which person you met fits one of your goals? Write what you could offer them, not only what you hope for.',
      sv: 'Vem av dem du träffade passar ett av dina mål? Skriv vad du kan ge personen, inte bara vad du hoppas få.',
    },
  },
];

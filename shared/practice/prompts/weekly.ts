// Prompts for the weekly review day: who moved closer, where the energy went, what next week holds. Fifteen
// of them, so the prompt of the day can prefer this group on any day without repeating within two weeks.
import type { PromptEntry } from '../prompts';

export const WEEKLY: readonly PromptEntry[] = [
  {
    id: 'weekly-mattered',
    text: {
      en: 'Which conversation this week mattered most, and what made it matter?',
      sv: 'Vilket samtal den här veckan betydde mest, och vad gjorde det viktigt?',
    },
  },
  {
    id: 'weekly-closer',
    text: {
      en: 'Who came a little closer this week? Write their name and what happened.',
      sv: 'Vem kom lite närmare den här veckan? Skriv namnet och vad som hände.',
    },
  },
  {
    id: 'weekly-energy',
    text: {
      en: 'Where did your energy go this week? What would you spend it on next week?',
      sv: 'Vart tog din energi vägen den här veckan? Vad vill du lägga den på nästa vecka?',
    },
  },
  {
    id: 'weekly-miss',
    text: {
      en: 'Who have you not heard from in a while that you miss? A short message is enough.',
      sv: 'Vem har du inte hört av på länge som du saknar? Ett kort meddelande räcker.',
    },
  },
  {
    id: 'weekly-glad',
    text: {
      en: 'What small thing did you do this week, in your own way, that you are glad about?',
      sv: 'Vilken liten sak gjorde du den här veckan, på ditt eget sätt, som du är glad över?',
    },
  },
  {
    id: 'weekly-one-step',
    text: {
      en: 'Which one step would give next week a purpose without making it crowded?',
      sv: 'Vilket enda steg skulle ge nästa vecka en riktning utan att fylla den för mycket?',
    },
  },
  {
    id: 'weekly-changed-view',
    text: {
      en: 'What did you learn about someone this week that changed how you see them?',
      sv: 'Vad fick du veta om någon den här veckan som ändrade hur du ser på personen?',
    },
  },
  {
    id: 'weekly-yourself',
    text: {
      en: 'When did you feel most like yourself with other people this week?',
      sv: 'När kände du dig mest som dig själv tillsammans med andra den här veckan?',
    },
  },
  {
    id: 'weekly-waiting',
    text: {
      en: 'Which follow-up is still waiting? Write it, plan it, or let it go with a clear conscience.',
      sv: 'Vilken uppföljning väntar fortfarande? Skriv den, planera den eller släpp den med gott samvete.',
    },
  },
  {
    id: 'weekly-rest',
    text: {
      en: 'When did you rest this week, and was it enough?',
      sv: 'När vilade du den här veckan, och räckte det?',
    },
  },
  {
    id: 'weekly-goal',
    text: {
      en: 'Which of your goals came a little closer this week, even if only by one message?',
      sv: 'Vilket av dina mål kom lite närmare den här veckan, även om det bara var ett meddelande?',
    },
  },
  {
    id: 'weekly-surprise',
    text: {
      en: 'What surprised you about someone this week?',
      sv: 'Vad överraskade dig hos någon den här veckan?',
    },
  },
  {
    id: 'weekly-thanks',
    text: {
      en: 'Who helped you this week, and have you thanked them?',
      sv: 'Vem hjälpte dig den här veckan, och har du hunnit tacka personen?',
    },
  },
  {
    id: 'weekly-room-to-breathe',
    text: {
      en: 'What does next week hold, and where will you leave room to breathe?',
      sv: 'Vad väntar nästa vecka, och var lämnar du utrymme att andas?',
    },
  },
  {
    id: 'weekly-one-sentence',
    text: {
      en: 'If you wrote yourself one sentence about this week, what would it say?',
      sv: 'Om du skrev en enda mening till dig själv om den här veckan, vad skulle det stå?',
    },
  },
];

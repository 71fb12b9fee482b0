// Prompts about goals: networking is easier with something in sight, and a goal that no longer fits may be
// let go. Shown in the daily rotation and in the picker.
import type { PromptEntry } from '../prompts';

export const GOALS: readonly PromptEntry[] = [
  {
    id: 'goals-why',
    text: {
      en: 'Which goal matters most to you right now? Write why in one sentence.',
      sv: 'Vilket mål betyder mest för dig just nu? Skriv varför i en mening.',
    },
  },
  {
    id: 'goals-one-person',
    text: {
      en: 'Who is one person who could help with your most important goal? What could you ask them, or offer them?',
      sv: 'Vem är en person som kan hjälpa dig med ditt viktigaste mål? Vad kan du fråga om, eller erbjuda?',
    },
  },
  {
    id: 'goals-smallest-step',
    text: {
      en: 'What is the smallest step towards a goal that you could take this week, in your own way?',
      sv: 'Vilket är det minsta steget mot ett mål som du kan ta den här veckan, på ditt eget sätt?',
    },
  },
  {
    id: 'goals-still-fits',
    text: {
      en: 'Does each of your goals still fit? Changing or dropping one is fine; write what you would keep.',
      sv: 'Passar alla dina mål fortfarande? Det går bra att ändra eller släppa ett; skriv vad du vill behålla.',
    },
  },
  {
    id: 'goals-circle',
    text: {
      en: 'Which group or network brings you closer to a goal without any mingling? When does it meet next?',
      sv: 'Vilket nätverk eller sammanhang tar dig närmare ett mål utan att du behöver mingla? När ses ni nästa gång?',
    },
  },
  {
    id: 'goals-a-year-from-now',
    text: {
      en: 'Imagine a goal has gone well a year from now. Who is in that picture with you?',
      sv: 'Tänk dig att ett av dina mål har gått bra om ett år. Vilka finns med dig i den bilden?',
    },
  },
  {
    id: 'goals-strength',
    text: {
      en: 'Which of your strengths suits your goal best: listening, preparing or writing? How could you use it this month?',
      sv: 'Vilken av dina styrkor passar ditt mål bäst: att lyssna, att förbereda eller att skriva? Hur kan du använda den den här månaden?',
    },
  },
  {
    id: 'goals-credit',
    text: {
      en: 'What have you already done towards a goal that you have not given yourself credit for?',
      sv: 'Vad har du redan gjort för ett av dina mål som du gärna får vara stolt över?',
    },
  },
];

// Prompts on introvert strengths: introversion as the starting point, never a flaw to fix. Two per strength,
// listed strength by strength in turn, so the daily rotation moves from one strength to the next.
import type { PromptEntry } from '../prompts';

export const STRENGTH_PROMPTS: readonly PromptEntry[] = [
  {
    id: 'strength-listening-1',
    strength: 'listening',
    text: {
      en: 'When did listening well help someone lately? What did you hear that others might have missed?',
      sv: 'När hjälpte det någon att du lyssnade ordentligt nyligen? Vad hörde du som andra kanske missade?',
    },
  },
  {
    id: 'strength-preparation-1',
    strength: 'preparation',
    text: {
      en: 'What is coming up that you could prepare for in ten quiet minutes today?',
      sv: 'Vad har du framför dig som du kan förbereda på tio lugna minuter i dag?',
    },
  },
  {
    id: 'strength-depth-1',
    strength: 'depth',
    text: {
      en: 'Which relationship would you like to take one step deeper? What would that step look like?',
      sv: 'Vilken relation skulle du vilja fördjupa ett steg? Hur skulle det steget se ut?',
    },
  },
  {
    id: 'strength-writing-1',
    strength: 'writing',
    text: {
      en: 'Who would you like to get in touch with? Draft the message in your own words; it need not go out today.',
      sv: 'Vem vill du höra av dig till? Skriv ett utkast med dina egna ord; det behöver inte skickas i dag.',
    },
  },
  {
    id: 'strength-one-to-one-1',
    strength: 'one-to-one',
    text: {
      en: 'Who would you enjoy a coffee with, just the two of you? What would you like to talk about?',
      sv: 'Vem skulle du gärna fika med, bara ni två? Vad skulle ni prata om?',
    },
  },
  {
    id: 'strength-observation-1',
    strength: 'observation',
    text: {
      en: 'What have you noticed about someone’s work lately that they would be glad to hear?',
      sv: 'Vad har du lagt märke till i någons arbete på sistone som personen skulle bli glad att höra?',
    },
  },
  {
    id: 'strength-calm-1',
    strength: 'calm',
    text: {
      en: 'Where does your calm help others? Think of a tense moment that you made a little steadier.',
      sv: 'Var gör ditt lugn skillnad för andra? Tänk på en spänd stund som blev lite stadigare tack vare dig.',
    },
  },
  {
    id: 'strength-authenticity-1',
    strength: 'authenticity',
    text: {
      en: 'When did you last say what you really thought, kindly? How was it received?',
      sv: 'När sa du senast vad du verkligen tyckte, på ett vänligt sätt? Hur togs det emot?',
    },
  },
  {
    id: 'strength-listening-2',
    strength: 'listening',
    text: {
      en: 'Think of someone you would like to know better. Which question would you ask, and then simply listen?',
      sv: 'Tänk på någon du vill lära känna bättre. Vilken fråga skulle du ställa, för att sedan bara lyssna?',
    },
  },
  {
    id: 'strength-preparation-2',
    strength: 'preparation',
    text: {
      en: 'Remember a time when preparing paid off in a conversation. What exactly had you prepared?',
      sv: 'Minns ett tillfälle när dina förberedelser gav utdelning i ett samtal. Vad var det du hade förberett?',
    },
  },
  {
    id: 'strength-depth-2',
    strength: 'depth',
    text: {
      en: 'Which of your contacts do you really know, beyond the job title? What makes that relationship different?',
      sv: 'Vem bland dina kontakter känner du på riktigt, bortom titeln? Vad gör den relationen annorlunda?',
    },
  },
  {
    id: 'strength-writing-2',
    strength: 'writing',
    text: {
      en: 'Write a short thank-you to someone who helped you, even if it was long ago.',
      sv: 'Skriv ett kort tack till någon som har hjälpt dig, även om det var länge sedan.',
    },
  },
  {
    id: 'strength-one-to-one-2',
    strength: 'one-to-one',
    text: {
      en: 'Think of a one-to-one conversation that went well. What made it work for you?',
      sv: 'Tänk på ett samtal på tu man hand som gick bra. Vad gjorde att det fungerade för dig?',
    },
  },
  {
    id: 'strength-observation-2',
    strength: 'observation',
    text: {
      en: 'In your last meeting, what did you notice that nobody said out loud?',
      sv: 'Vad märkte du på ditt senaste möte som ingen sa högt?',
    },
  },
  {
    id: 'strength-calm-2',
    strength: 'calm',
    text: {
      en: 'What helps you arrive calm at a meeting or an event? Write down your own small ritual.',
      sv: 'Vad hjälper dig att komma lugn till ett möte eller ett evenemang? Skriv ner din egen lilla ritual.',
    },
  },
  {
    id: 'strength-authenticity-2',
    strength: 'authenticity',
    text: {
      en: 'How would you describe your own way of building relationships, without comparing yourself to anyone louder?',
      sv: 'Hur skulle du beskriva ditt eget sätt att bygga relationer, utan att jämföra dig med någon som tar mer plats?',
    },
  },
];

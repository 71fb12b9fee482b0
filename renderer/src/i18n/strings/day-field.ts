// Strings for the date field (renderer/src/day-field), English and Swedish.
import { defineStrings } from '../define';

export const strings = defineStrings(
  { wrong: 'Write a whole date, like {{example}}.' },
  { wrong: 'Skriv ett helt datum, som {{example}}.' },
);

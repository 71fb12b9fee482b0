// Strings for the events screen(s) (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    title: 'events',
  },
  {
    title: 'events',
  },
);

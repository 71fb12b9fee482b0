// Strings for the reflections screen(s) (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    title: 'reflections',
  },
  {
    title: 'reflections',
  },
);

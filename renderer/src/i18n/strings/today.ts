// Strings for the today screen(s) (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    title: 'today',
  },
  {
    title: 'today',
  },
);

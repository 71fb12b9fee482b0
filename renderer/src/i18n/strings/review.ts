// Strings for the review screen(s) (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    title: 'review',
  },
  {
    title: 'review',
  },
);
